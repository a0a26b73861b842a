#!/usr/bin/env python3
"""Writes src/main/resources/academy/xinfang/account/domain/common-passwords.txt, the list PasswordPolicy refuses.

Usage: src/test/sh/common-passwords.py path/to/redteamnotes-wordlists-chinese-100000.txt

Two parts, lower-case, one per line, only entries the other rules (8+ characters, a letter and a digit) would accept:
- the most frequent entries of the Chinese leak statistics of RedteamNotes/RedteamNotes-Wordlists-Chinese
  (redteamnotes-wordlists-chinese-100000.txt, commit 02da051), in their order;
- composed ones: English and pinyin words with the digits people add, keyboard walks, words of this academy's users.
"""
import sys

TAKE_FROM_LIST = 3000
# a watermark of the source list, not a password anyone uses
SKIP = {"redteamn0t3s."}


def acceptable(p):
    return 8 <= len(p) <= 128 and any(c.isalpha() for c in p) and any(c.isdigit() for c in p)


def composed():
    words = """password passw0rd p@ssw0rd p@ssword pass word iloveyou iloveu loveyou love qwerty qwert qwer asdf zxcv
    abc abcd abcde abcdef abcdefg abcdefgh admin administrator root user guest test test123 welcome letmein monkey
    dragon master sunshine princess football baseball soccer superman batman trustno shadow hello freedom whatever
    computer internet login system secret default china beijing shanghai guangzhou shenzhen
    woaini aini wodemima mima mimamima nihao haha hehe baobei laopo laogong xiaobao
    zhang wang li liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo
    xinfang xinfangju xinfangban xfj xfb zhengfu zhengfa renmin dangyuan gongzuo jiedai laifang zhenfu xiangzhen
    xianwei xianzhengfu jiceng ganbu xuexi peixun academy xueyuan kaoshi""".split()
    suffixes = ["1", "12", "123", "1234", "12345", "123456", "1234567", "12345678", "123456789", "0", "00", "000",
                "01", "11", "111", "520", "521", "1314", "5201314", "888", "666", "999", "007", "@123", "!", "1!",
                "123!", "!@#", "#123", ".123", "_123"]
    prefixes = ["1", "123", "520", "1314", "5201314", "888", "a", "aa"]
    # a year after the words people most often date: their own name, love, the work, the obvious
    dated = """password passw0rd p@ssw0rd admin iloveyou love woaini aini qq abc abcd china beijing welcome
    zhang wang li liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo
    xinfang xinfangju xfj zhengfu renmin dangyuan gongzuo jiedai ganbu xuexi peixun""".split()
    years = [str(y) for y in range(1960, 2031)]
    out = []
    for w in words:
        out.extend(w + s for s in suffixes)
        out.extend(p + w for p in prefixes)
    for w in dated:
        out.extend(w + y for y in years)
        out.extend(w + "@" + y for y in years)
    walks = """1qaz2wsx 1qaz2wsx3edc 1qaz@wsx 1qaz!qaz 2wsx3edc zaq12wsx zaq1xsw2 xsw21qaz qaz123wsx qazwsx123 qazwsxedc123
    1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6 a1s2d3f4 a1s2d3f4g5 z1x2c3v4 z1x2c3v4b5
    qwer1234 asdf1234 zxcv1234 1234qwer 1234asdf 1234zxcv qwerasdf1234 qweasd123 qweasdzxc123 123qweasdzxc
    1qazxsw23edc qwertyuiop1 qwertyuiop123 asdfghjkl1 asdfghjkl123 zxcvbnm1 zxcvbnm123 mnbvcxz123 poiuytrewq1
    a1b2c3d4 a1b2c3d4e5 1a2b3c4d 1a2b3c4d5e abc123abc abcd1234abcd aa123456 aaa123456 aaaa1111 abcd1234
    a12345678 a123456789 a1234567890 aa12345678 abc12345678 12345678a 123456789a 1234567890a 12345qwert qwert12345
    123456abc 123456abcd abc123456 abcd123456 abcde12345 12345abcde""".split()
    out.extend(walks)
    return out


def main(source):
    result, seen = [], set()

    def add(p):
        p = p.strip().lower()
        if p and p not in seen and p not in SKIP and acceptable(p):
            seen.add(p)
            result.append(p)

    taken = 0
    with open(source, encoding="utf-8", errors="replace") as f:
        for line in f:
            before = len(result)
            add(line)
            taken += len(result) - before
            if taken >= TAKE_FROM_LIST:
                break
    for p in composed():
        add(p)
    target = "src/main/resources/academy/xinfang/account/domain/common-passwords.txt"
    with open(target, "w", encoding="utf-8") as f:
        f.write("# Passwords PasswordPolicy refuses (compared lower-case). Made by src/test/sh/common-passwords.py:\n")
        f.write("# the %d most frequent usable entries of RedteamNotes/RedteamNotes-Wordlists-Chinese\n" % TAKE_FROM_LIST)
        f.write("# (redteamnotes-wordlists-chinese-100000.txt @02da051) and composed words, digits and keyboard walks.\n")
        for p in result:
            f.write(p + "\n")
    print(len(result), "passwords written to", target)


if __name__ == "__main__":
    main(sys.argv[1])
