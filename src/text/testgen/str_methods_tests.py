# Generates src/text/str_methods_tests.rs by running CPython 3.11.
import random
random.seed(3)
def q(s): return '"'+''.join(c if 32<=ord(c)<127 and c not in '\\"' else ('\\'+c if c in '\\"' else '\\u{%x}'%ord(c)) for c in s)+'"'
def opt(v): return 'None' if v is None else 'Some(%s)'%(q(v) if isinstance(v,str) else v)
def vec(l): return ('vec![%s]'%', '.join(q(x) for x in l)) if l else 'Vec::<&str>::new()'
L=[]
def A(expr, val):
    if isinstance(val,bool): v='true' if val else 'false'
    elif isinstance(val,int): v=str(val)
    elif isinstance(val,str): v=q(val)
    elif isinstance(val,list): v=vec(val)
    elif isinstance(val,tuple): v='(%s)'%', '.join(q(x) for x in val)
    L.append('    assert_eq!(%s, %s);'%(expr,v))
hay=['abcabc','','a','ééabcé','xxxx','aaaa','ab\u4e2dcd\u4e2d']
subs=['','a','bc','c','x','é','aa','\u4e2d']
idx=[None,-10,-2,0,1,3,5,10]
for h in hay:
    for s in subs:
        for st in random.sample(idx,4):
            for en in random.sample(idx,3):
                a='(%s, %s, %s, %s)'%(q(h),q(s),opt(st),opt(en))
                A('find'+a, h.find(s,st,en)); A('rfind'+a, h.rfind(s,st,en)); A('count'+a, h.count(s,st,en))
                A('startswith'+a, h.startswith(s,st,en)); A('endswith'+a, h.endswith(s,st,en))
A('index("abc", "d", None, None)', 0) ; L.pop()
L.append('    assert_eq!(index("abc", "d", None, None), Err(TextError::Value("substring not found".into())));')
L.append('    assert_eq!(rindex("abcb", "b", None, None), Ok(3));')
for h,o,n,c in [('abc','','-',-1),('abc','','-',2),('aaa','a','b',-1),('aaa','a','bb',2),('','','x',-1),('ééé','é','e',2),('abc','x','y',-1),('abab','ab','',-1),('abc','','',3),('a','','xy',0)]:
    A('replace(%s, %s, %s, %d).unwrap()'%(q(h),q(o),q(n),c), h.replace(o,n,c))
sp=[' a  b  c ','a,b,,c','','  ','a b','\u3000x\u2003y\x1cz\x85','a, b, c','x,,y,,','\u00e9 \u00e9']
for h in sp:
    for sep in [None,',',' ',',,']:
        for m in [-1,0,1,2]:
            a='(%s, %s, %d).unwrap()'%(q(h),opt(sep),m)
            A('split'+a, h.split(sep,m)); A('rsplit'+a, h.rsplit(sep,m))
L.append('    assert_eq!(split("a", Some(""), -1), Err(TextError::Value("empty separator".into())));')
for h in ['a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l','a\n\nb\r\n','','x\n','\r\r\n\n','no break']:
    A('splitlines(%s, false)'%q(h), h.splitlines()); A('splitlines(%s, true)'%q(h), h.splitlines(True))
for h in ['  abc  ','\u3000\x85ab\u2003','xxaxx','','abc']:
    for ch in [None,'x','ax','']:
        a='(%s, %s)'%(q(h),opt(ch))
        A('strip'+a, h.strip(ch)); A('lstrip'+a, h.lstrip(ch)); A('rstrip'+a, h.rstrip(ch))
for h in ['a,b,c','abc','',',']:
    A('partition(%s, ",").unwrap()'%q(h), h.partition(',')); A('rpartition(%s, ",").unwrap()'%q(h), h.rpartition(','))
for h in ['abc','ab','','a','abcd','é']:
    for w in [-1,0,3,4,5,6,7,8]:
        A('center(%s, %d, \'*\').unwrap()'%(q(h),w), h.center(w,'*'))
        A('ljust(%s, %d, \'*\').unwrap()'%(q(h),w), h.ljust(w,'*'))
        A('rjust(%s, %d, \'*\').unwrap()'%(q(h),w), h.rjust(w,'*'))
for h in ['-42','+4','abc','','-','42','--1']:
    for w in [0,2,3,6]:
        A('zfill(%s, %d).unwrap()'%(q(h),w), h.zfill(w))
for h in ['a\tb\n\tc\r\td','ab\t','\t','\t\t','abcdefgh\tx','é\tx']:
    for t in [-1,0,1,4,8]:
        A('expandtabs(%s, %d).unwrap()'%(q(h),t), h.expandtabs(t))
words=['hello World','ßa','ǆabc','hELLO wORLD',"they're bill's",'ΑΣ ΑΣΑ','ΑΣ','ǅ','ß','ΣΑ Σ','İstanbul','ﬁne ﬂy','ŉ','123abc','a.b_c-d','ΌΣΟΣ.','abc\u0345Σ','Ǆemal','ᾈ','','MiXeD 123 ÇaSe','ǰ']
for w in words:
    for m in ['upper','lower','casefold','swapcase','title','capitalize']:
        A('%s(%s)'%(m,q(w)), getattr(w,m)())
preds=['isdigit','isdecimal','isnumeric','isalpha','isalnum','isspace','isprintable','isidentifier','isupper','islower','istitle']
samples=['','abc','ABC','Abc','Abc Def','Abc def','ǅungla','1A','A1','1','aB','123','١٢٣','²','½','一','Ⅻ','abc1','a b',' \t\n','\u3000','\x85','\u200b','é','\xa0','_x1','1x','x-y','déf','ǅ','ΑΣ','\x7f','abc\n','if','ⅰ','ª']
for s in samples:
    for p in preds:
        A('%s(%s)'%(p,q(s)), getattr(s,p)())
for h in ['h\u00e9llo','abc','','\u4e2d\u6587x']:
    for i in [-10,-1,0,1,4,10]:
        try: L.append('    assert_eq!(char_at(%s, %d), Ok(\'%s\'));'%(q(h),i,'\\u{%x}'%ord(h[i])))
        except IndexError: L.append('    assert_eq!(char_at(%s, %d), Err(TextError::Index("string index out of range".into())));'%(q(h),i))
    for a in [None,-10,-2,0,1,4,10]:
        for b in [None,-10,-1,0,2,4,100]:
            for c in [None,-3,-1,1,2,3]:
                L.append('    assert_eq!(str_slice(%s, %s, %s, %s).unwrap(), %s);'%(q(h),opt(a),opt(b),opt(c),q(h[a:b:c])))
L.append('    assert_eq!(str_slice("abc", None, None, Some(0)), Err(TextError::Value("slice step cannot be zero".into())));')
L.append('    assert_eq!(slice_indices(5, Some(i64::MIN), Some(i64::MAX), Some(i64::MIN)).unwrap().3, 0);')
L.append('    assert_eq!(str_slice("abcde", Some(4), Some(-6), Some(i64::MIN)).unwrap(), "e");')
L.append('    assert_eq!(str_slice("abcde", Some(1), None, Some(i64::MAX)).unwrap(), "b");')
out=["//! Tests for str_methods; expected results were produced by CPython 3.11","//! (src/text/testgen/str_methods_tests.py).","#![allow(clippy::bool_assert_comparison)]","use super::*;","","#[test]","fn str_methods_match_cpython() {"]+L+["}","",
"#[test]","fn translate_and_prefixes() {",
"    let got: Result<String, ()> = translate(\"abcd\", |c| Ok(match c { 'a' => Translation::Replace(\"xy\".into()), 'b' => Translation::Delete, _ => Translation::Keep }));",
"    assert_eq!(got.unwrap(), \"xycd\");",
"    assert_eq!(removeprefix(\"abc\", \"ab\"), \"c\");","    assert_eq!(removesuffix(\"abc\", \"bc\"), \"a\");",
"    assert_eq!(removeprefix(\"abc\", \"x\"), \"abc\");","}"]
open('src/text/str_methods_tests.rs','w').write('\n'.join(out)+'\n')
print(len(L))
