# %d with machine words (a fast path) against every flag, width, precision and big ints.
for v in (0, 5, -5, 123456789, -2**63, 2**63 - 1, 2**70, True, False, 3.9):
    print('%d|%i|%u|%5d|%-5d|%+d|% d|%05d|%.3d|%x|%#o' % (v, v, v, v, v, v, v, v, v, int(v), int(v)), b'%d %i' % (int(v), int(v)))
print('%(a)d %(b)s' % {'a': 7, 'b': 'x'}, '%d%%' % 50, '%*d' % (6, -42), '%-*d|' % (6, 42))
