class InsufficientFundsError(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance:.2f}, cannot withdraw {amount:.2f}")
        self.account = account
        self.amount = amount


class AccountClosedError(Exception):
    pass


class Account:
    _next_number = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []
        self.closed = False

    def _check_open(self):
        if self.closed:
            raise AccountClosedError(f"account {self.number} is closed")

    def deposit(self, amount):
        self._check_open()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check_open()
        if amount > self.available():
            raise InsufficientFundsError(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def available(self):
        return self.balance

    def apply_interest(self):
        interest = round(self.balance * self.interest_rate, 2)
        if interest:
            self.balance += interest
            self.history.append(("interest", interest))
        return interest

    def close(self):
        self.closed = True

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self.balance:.2f})"


class SavingsAccount(Account):
    interest_rate = 0.02

    def withdraw(self, amount):
        withdrawals = sum(1 for kind, _ in self.history if kind == "withdraw")
        if withdrawals >= 2:
            raise PermissionError("savings accounts allow only 2 withdrawals")
        return super().withdraw(amount)


class CheckingAccount(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, kind, owner, *args):
        account = kind(owner, *args)
        self.accounts[account.number] = account
        return account

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            raise LookupError(f"no account {src}") from None
        self.accounts[dst].deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"== {self.name} ==")
        for acct in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.number)):
            print(f"  {acct.number} {acct.owner:<6} {type(acct).__name__:<16} {acct.balance:>10.2f}")
        print(f"  total: {self.total():.2f}")


bank = Bank("Coil Savings & Loan")
alice = bank.open(SavingsAccount, "Alice", 500.0)
bob = bank.open(CheckingAccount, "Bob", 50.0)
carol = bank.open(Account, "Carol")
print(alice, bob, carol)

carol.deposit(100).deposit(25.5)
bob.withdraw(120)
print("bob after overdraft:", bob.balance)
for action in [lambda: bob.withdraw(100), lambda: carol.deposit(-5),
               lambda: alice.withdraw(10) and alice.withdraw(10) and alice.withdraw(10),
               lambda: bank.transfer(9999, carol.number, 1)]:
    try:
        action()
    except (InsufficientFundsError, ValueError, PermissionError, LookupError) as e:
        print(f"{type(e).__name__}: {e}")

bank.transfer(carol.number, bob.number, 100)
print("interest:", [a.apply_interest() for a in bank.accounts.values()])
carol.close()
try:
    carol.deposit(1)
except AccountClosedError as e:
    print("closed:", e)
bank.report()
print(alice.history)
print(isinstance(bob, Account), issubclass(SavingsAccount, CheckingAccount))
