class Date:
    created = 0

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day
        Date.created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)

    @classmethod
    def today_like(cls):
        return cls(2024, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

class FancyDate(Date):
    pass

print(Date.from_string("2023-07-14"))
print(FancyDate.from_string("1999-12-31"))
print(FancyDate.today_like())
print(Date.is_leap(2000), Date.is_leap(1900), Date(2024, 2, 2).is_leap(2024))
print(Date.created)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
print(Date.from_string.__self__ is Date, FancyDate.from_string.__self__ is FancyDate)
f = Date.is_leap
print(f(2023))

class Counter:
    instances = 0
    def __init__(self):
        type(self).increment()
    @classmethod
    def increment(cls):
        cls.instances += 1
class SubCounter(Counter):
    instances = 0
Counter(); Counter(); SubCounter()
print(Counter.instances, SubCounter.instances)
sm = staticmethod(lambda x: x * 2)
class Holder:
    double = sm
print(Holder.double(4), Holder().double(5))
