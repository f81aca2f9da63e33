import pkghelper.util as u
import pkghelper.sub.deep as d
import modhelper_basic as mb, math as m
from pkghelper.sub.deep import deep_value as dv, where
from pkghelper import util as util_again, constants as c

print(u.double(5), d.deep_value(), dv(), mb.greet("as"), m.floor(2.7))
print(u is util_again, c.ANSWER, where().split(" ")[0])
print(u.__name__, d.__name__, mb.__name__, m.__name__)
print("u" in dir(), "pkghelper" in dir())
import pkghelper
print("pkghelper" in dir(), pkghelper.util is u)
