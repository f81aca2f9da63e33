# "match", "case" and "_" are soft keywords: ordinary identifiers elsewhere.
match = [1, 2, 3]
case = "a case"
_ = "underscore"
print(match, case, _)
def match_len(match):
    return len(match)
print(match_len(match))
type = "shadowed builtin name"
print(type)
del type
print(type(1).__name__)
class Case:
    match = "class attr"
print(Case.match, Case().match)
print([case for case in range(3)])
for _ in range(2):
    pass
print(_)
