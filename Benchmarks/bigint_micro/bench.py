import time, sys, math
sys.set_int_max_str_digits(0)
def t(name, f, n=5):
    best=1e9
    for _ in range(n):
        s=time.thread_time(); f(); best=min(best,time.thread_time()-s)
    print(f"{name}: {best*1000:.2f} ms")
def fact():
    x=1
    for i in range(1,20001): x = x * i
    return x
t("fact20000", fact, 3)
e = 200000
t("3**200000", lambda: 3**e)
y=3**200000
t("str(3**200000)", lambda: str(y), 3)
s=str(y)
t("int(str(3**200000))", lambda: int(s), 3)
t("10**5000//7**3000", lambda: 10**5000//7**3000, 20)
a=10**300+12345; b=7**355
def adds():
    x=a
    for i in range(100000): x = x + b
    return x
t("100k adds (300 digits)", adds, 5)
p1=3**100000; p2=7**80000
t("mul 3**100000 * 7**80000", lambda: p1*p2)
t("divmod 3**200000 // 7**50000", lambda: y // 7**50000, 3)
big1 = 3**1000000
t("str(3**1000000)", lambda: str(big1), 1)
t("gcd(3**20000-1, 2**30000-1)", lambda: math.gcd(3**20000-1, 2**30000-1), 3)
m2048 = 2**2048-159
t("pow(3, 2**2048-160, m2048)", lambda: pow(3, m2048-1, m2048), 3)
g1 = 3**700 + 12345; g2 = 7**400 + 999
def gl():
    for i in range(10000): math.gcd(g1, g2 + i)
t("10k gcd (~1100-bit)", gl, 3)
m256 = 2**255-19
def pm():
    for i in range(1000): pow(i + 2, m256 - 2, m256)
t("1k pow(x, e, 2**255-19)", pm, 3)
d100 = 7**118
def sl():
    for _ in range(100000): str(d100)
t("100k str(100-digit)", sl, 3)
s100 = str(d100)
def il():
    for _ in range(100000): int(s100)
t("100k int(100-digit str)", il, 3)
k1 = 3**400; k2 = 5**300
def ml():
    for _ in range(100000): k1 * k2
t("100k mul (~640x700 bits)", ml, 3)
n = k1 * k2
def dl():
    for _ in range(100000): n // k1
t("100k divmod (1300 by 640 bits)", dl, 3)
