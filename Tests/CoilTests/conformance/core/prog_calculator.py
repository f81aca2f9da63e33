# A tokenizer and recursive-descent parser/evaluator for arithmetic expressions.
class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos

    def __repr__(self):
        return f"{self.kind}:{self.value}"


class CalcError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            tokens.append(Token("NUM", float(text) if "." in text else int(text), start))
        elif ch.isalpha():
            start = i
            while i < len(src) and src[i].isalnum():
                i += 1
            tokens.append(Token("NAME", src[start:i], start))
        elif ch in "+-*/%^(),":
            tokens.append(Token("OP", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("END", None, len(src)))
    return tokens


FUNCTIONS = {"max": max, "min": min, "abs": abs, "sqrt": lambda x: x ** 0.5}


class Parser:
    def __init__(self, tokens, variables):
        self.tokens = tokens
        self.pos = 0
        self.variables = variables

    def peek(self):
        return self.tokens[self.pos]

    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok.value != value:
            raise CalcError(f"expected {value!r} at {tok.pos}, got {tok.value!r}")
        self.pos += 1
        return tok

    def parse(self):
        value = self.expr()
        if self.peek().kind != "END":
            raise CalcError(f"trailing input at {self.peek().pos}")
        return value

    def expr(self):
        value = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif rhs == 0:
                raise CalcError("division by zero")
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return tok.value
        if tok.kind == "NAME":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                if tok.value not in FUNCTIONS:
                    raise CalcError(f"unknown function {tok.value}")
                return FUNCTIONS[tok.value](*args)
            if tok.value not in self.variables:
                raise CalcError(f"unknown variable {tok.value}")
            return self.variables[tok.value]
        if tok.value == "(":
            value = self.expr()
            self.take(")")
            return value
        raise CalcError(f"unexpected {tok.value!r} at {tok.pos}")


def evaluate(src, **variables):
    return Parser(tokenize(src), variables).parse()


print(tokenize("3 + 4.5*x"))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 7 % 3",
            "max(1, 5, 3) + min(4, 2)", "sqrt(16) * abs(-3)", "x * x + y", "--5", "2 * (3 + (4 - 1)) / 3",
            "1.5 + .5"]:
    print(f"{src:28} = {evaluate(src, x=3, y=0.5)}")
for bad in ["1 +", "2 * (3", "4 / (2 - 2)", "foo(1)", "z + 1", "3 $ 4", "1 2", ")"]:
    try:
        evaluate(bad)
    except CalcError as e:
        print(f"{bad:12} -> error: {e}")
