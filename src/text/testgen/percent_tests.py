# Generates src/text/percent_tests.rs by running CPython 3.11.
import random
random.seed(5)
def q(s): return '"'+s.replace('\\','\\\\').replace('"','\\"')+'"'
def rv(v):
    if isinstance(v,bool): raise Exception
    if isinstance(v,int): return 'V::I(%d)'%v
    if isinstance(v,float): return 'V::F(%r)'%v if v==v and abs(v)!=float('inf') else 'V::F(f64::%s)'%{'nan':'NAN','inf':'INFINITY','-inf':'NEG_INFINITY'}[repr(v)]
    if isinstance(v,str): return 'V::S(%s)'%q(v)
    if isinstance(v,bytes): return 'V::B(%s)'%qb(v)
    if isinstance(v,tuple): return 'V::T(vec![%s])'%', '.join(rv(x) for x in v)
    if isinstance(v,dict): return 'V::D(vec![%s])'%', '.join('(%s, %s)'%(q(k if isinstance(k,str) else k.decode('latin-1')),rv(x)) for k,x in v.items())
def qb(b): return 'b"'+''.join(chr(x) if 32<=x<127 and chr(x) not in '\\"' else '\\x%02x'%x for x in b)+'"'
def run(f,a):
    try:
        r=f%a
        return 'Ok(%s.to_vec())'%qb(r) if isinstance(r,bytes) else 'Ok(%s)'%q(r)
    except Exception as e:
        kind={'ValueError':'Value','OverflowError':'Overflow','TypeError':'Type','KeyError':'Key'}[type(e).__name__]
        return 'Err(TextError::%s(%s.into()))'%(kind,q(str(e)))
cases=[('%s %d',(1,)),('%d',('a',)),('%y',(1,)),('%y',()),('%',()),('%(a)s',(1,)),('%s',()),('%s',(1,2)),('%c',(-1,)),('%c',('ab',)),('%c',(1.5,)),('%x',(1.5,)),('%d',(1.5,)),('%.3s',('abcdef',)),('%*d',(5,1)),('%-*d|',(-5,1)),('%.*f',(2,3.14159)),('%*d',('a',1)),('%(a)*d',{'a':1}),('%(a',{'a':1}),('%5%',()),('%5%',(1,)),('%#x %#o %#X',(255,8,255)),('%+05d',(-3,)),('% d',(3,)),('%f',('x',)),('%i %u',(3,4)),('%0-5d|',(3,)),('%.0f %.0e %#.0f',(2.5,2.5,2.5)),('%(a)s %(b)r',{'a':1,'b':'x'}),('%c',(0x110000,)),('%5.2s|',('abc',)),('%x',(-255,)),('%#.3x',(5,)),('%.3d',(-5,)),('%#5.3o',(8,)),('%10.4f|%-10.2e|',(3.14159,31415.9)),('%ld %hd %Ld',(1,2,3)),('%s %%',(1,)),('%z',(1,)),('%\u1234',(1,)),('%(x)d',(1,)),('%*.*f',(8,2,1.5)),('abc',(1,)),('abc',()),('abc',{'a':1}),('%s','x'),('%s',5),('%d %d',5),('%.2147483648f',(1.5,)),('%99999999999999999999d',(1,)),('%g %G',(1e-10,1e20)),('%F',(float('inf'),)),('%05s|%-05s|',('ab','cd')),('%+s',('ab',)),('%05x %#06x %+#x %-#6o|',(255,255,255,8)),('% 5d|%+5d|%05.1f|% .1e',(3,3,-2.5,2.5)),('%(a)s %s',{'a':1}),('%.0c|%5c|%-3c|',(65,'b','c')),('%#5.2s|',('abc',)),('%#d',(5,)),('%10r',('ab',)),('%.*s',(-1,'abc')),('%*s',(-3,'a')),('%(a)s %%',{'a':1}),('%(a)s',{}),('%ll',(1,)),('%l',(1,)),('%(a)',{'a':1}),('%.',(1,)),('%s%',(1,)),('%-+5.2d|',(7,)),('%(a(b))s',{'a(b)':3}),('%a',('x',)),('%#x',(0,)),('%#o',(-8,)),('%+#010x',(-255,)),('%#010X',(255,)),('% 010.3f',(3.14159,)),('%-010.3e|',(-3.14159,)),('%c%c',(0x1F600,'é')),('%s',(1.5,)),('%r',(-0.0,)),('%.1s',(1e20,)),('%d',(float('nan'),)) ,('%.f',(2.5,)),('%#.0e',(1.0,)),('%#g',(0.0,)),('%G',(float('nan'),)),('%+f',(float('nan'),)),('%+e',(float('-inf'),))]
ints=[0,1,-1,42,-42,255,-4096,123456789,10**20,-(10**22)]
floats=[0.0,-0.0,1.5,-2.5,3.14159,1e-7,1e22,-123456.789,0.125]
for _ in range(500):
    fl=''.join(random.sample('-+ #0',random.randint(0,2)))
    w=random.choice(['','','3','8','15'])
    p=random.choice(['','','.0','.2','.5'])
    t=random.choice('dixXoeEfFgGsr')
    if t in 'dixXo': v=random.choice(ints)
    elif t in 'sr': v=random.choice(ints+floats+['ab','hello'])
    else: v=random.choice(floats+ints[:5])
    cases.append(('<%'+fl+w+p+t+'>',(v,)))
out=["//! Tests for percent; expected results were produced by CPython 3.11","//! (src/text/testgen/percent_tests.py).","#![allow(clippy::approx_constant, clippy::type_complexity)]","use super::*;","use crate::text::float_repr::float_repr;","",
"#[derive(Clone, Debug)]","enum V { I(i64), F(f64), S(&'static str), B(&'static [u8]), T(Vec<V>), D(Vec<(&'static str, V)>) }","",
"fn type_name(v: &V) -> &'static str { match v { V::I(_) => \"int\", V::F(_) => \"float\", V::S(_) => \"str\", V::B(_) => \"bytes\", V::T(_) => \"tuple\", V::D(_) => \"dict\" } }","",
"fn str_of(v: &V) -> String { match v { V::I(i) => i.to_string(), V::F(f) => float_repr(*f), V::S(s) => s.to_string(), _ => \"?\".into() } }","",
"struct Args(V);","",
"impl PercentArgs for Args {",
"    type Arg = V;","    type Error = TextError;",
"    fn tuple_len(&self) -> Option<usize> { match &self.0 { V::T(t) => Some(t.len()), _ => None } }",
"    fn is_mapping(&self) -> bool { matches!(self.0, V::D(_)) }",
"    fn item(&mut self, i: usize) -> V { match &self.0 { V::T(t) => t[i].clone(), _ => unreachable!() } }",
"    fn whole(&mut self) -> V { self.0.clone() }",
"    fn lookup(&mut self, key: &str) -> Result<V, TextError> {",
"        let V::D(d) = &self.0 else { unreachable!() };",
"        d.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone()).ok_or_else(|| TextError::Key(format!(\"'{key}'\")))",
"    }",
"    fn convert(&mut self, v: &V, conv: Conversion) -> Result<PercentValue, TextError> {",
"        Ok(match (conv, v) {",
"            (Conversion::Str, v) => PercentValue::Str(str_of(v)),",
"            (Conversion::Repr | Conversion::Ascii, V::S(s)) => PercentValue::Str(crate::text::repr::py_str_ascii(s)),",
"            (Conversion::Repr | Conversion::Ascii, V::B(b)) => PercentValue::Str(crate::text::repr::bytes_repr(b)),",
"            (Conversion::Bytes | Conversion::Char, V::B(b)) => PercentValue::Bytes(b.to_vec()),",
"            (Conversion::Repr | Conversion::Ascii, v) => PercentValue::Str(str_of(v)),",
"            (Conversion::Int(_) | Conversion::Char | Conversion::Star, V::I(i)) => PercentValue::Int(BigInt::from(*i)),",
"            (Conversion::Int('d' | 'i' | 'u'), V::F(f)) => PercentValue::Int(crate::text::float_repr::float_to_int(*f)?),",
"            (Conversion::Float(_), V::I(i)) => PercentValue::Int(BigInt::from(*i)),",
"            (Conversion::Float(_), V::F(f)) => PercentValue::Float(*f),",
"            (Conversion::Char, V::S(s)) => PercentValue::Str(s.to_string()),",
"            (_, v) => PercentValue::Wrong(type_name(v).to_string()),",
"        })","    }","}","",
"#[test]","fn percent_matches_cpython() {","    let cases: Vec<(&str, V, Result<&str, TextError>)> = vec!["]
for f,a in cases:
    big = any(isinstance(x,int) and abs(x)>2**62 for x in (a if isinstance(a,tuple) else (a,)))
    if big: continue
    out.append('        (%s, %s, %s),'%(q(f),rv(a),run(f,a)))
out+=["    ];","    for (f, a, want) in cases {","        let got = percent_format(f, &mut Args(a.clone()));",
"        assert_eq!(got.as_deref().map_err(|e| e.clone()), want.clone(), \"{f:?} % {a:?}\");","    }","}",""]
bcases=[(b'%s %b',(b'ab',b'cd')),(b'%s',(1,)),(b'%b',('x',)),(b'%r %a',('\xe9',b'x')),(b'%c%c',(65,b'B')),(b'%c',(256,)),(b'%c',(b'ab',)),(b'%c',('a',)),(b'%d %5.2f %x',(1,2.5,255)),(b'%y',(1,)),(b'%\xff',(1,)),(b'%s',(b'a',b'b')),(b'%s',()),(b'%(a)s',{b'a':b'x'}),(b'%(a)s',(1,)),(b'abc',{}),(b'%-5s|',(b'ab',)),(b'%05s|',(b'ab',)),(b'\xff%s',(b'\xfe',)),(b'%.1s',(b'abc',)),(b'%c',(-1,)),(b'%+05d|%#x|%e',(7,255,1.5)),(b'%s',b'x'),(b'%%%s%%',(b'\x00',))]
out+=["#[test]","fn bytes_percent_matches_cpython() {","    let cases: Vec<(&[u8], V, Result<Vec<u8>, TextError>)> = vec!["]
for f,a in bcases:
    out.append('        (%s, %s, %s),'%(qb(f),rv(a),run(f,a)))
out+=["    ];","    for (f, a, want) in cases {","        let got = percent_format_bytes(f, &mut Args(a.clone()));",
"        assert_eq!(got, want, \"{f:?} % {a:?}\");","    }","}"]
open('src/text/percent_tests.rs','w').write('\n'.join(out)+'\n')
