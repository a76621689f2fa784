//! Tests for hash; expected values were produced by CPython 3.11 (src/object/testgen/hash_tests.py).
use super::*;

#[test]
fn int_hashes_match_cpython() {
    assert_eq!(hash_int(&"0".parse::<BigInt>().unwrap()), 0);
    assert_eq!(hash_i64(0), 0);
    assert_eq!(hash_int(&"1".parse::<BigInt>().unwrap()), 1);
    assert_eq!(hash_i64(1), 1);
    assert_eq!(hash_int(&"-1".parse::<BigInt>().unwrap()), -2);
    assert_eq!(hash_i64(-1), -2);
    assert_eq!(hash_int(&"-2".parse::<BigInt>().unwrap()), -2);
    assert_eq!(hash_i64(-2), -2);
    assert_eq!(hash_int(&"2".parse::<BigInt>().unwrap()), 2);
    assert_eq!(hash_i64(2), 2);
    assert_eq!(
        hash_int(&"2305843009213693950".parse::<BigInt>().unwrap()),
        2305843009213693950
    );
    assert_eq!(hash_i64(2305843009213693950), 2305843009213693950);
    assert_eq!(
        hash_int(&"2305843009213693951".parse::<BigInt>().unwrap()),
        0
    );
    assert_eq!(hash_i64(2305843009213693951), 0);
    assert_eq!(
        hash_int(&"2305843009213693952".parse::<BigInt>().unwrap()),
        1
    );
    assert_eq!(hash_i64(2305843009213693952), 1);
    assert_eq!(
        hash_int(&"-2305843009213693951".parse::<BigInt>().unwrap()),
        0
    );
    assert_eq!(hash_i64(-2305843009213693951), 0);
    assert_eq!(
        hash_int(&"-2305843009213693952".parse::<BigInt>().unwrap()),
        -2
    );
    assert_eq!(hash_i64(-2305843009213693952), -2);
    assert_eq!(
        hash_int(&"9223372036854775807".parse::<BigInt>().unwrap()),
        3
    );
    assert_eq!(hash_i64(9223372036854775807), 3);
    assert_eq!(
        hash_int(&"-9223372036854775808".parse::<BigInt>().unwrap()),
        -4
    );
    assert_eq!(hash_i64(i64::MIN), -4);
    assert_eq!(
        hash_int(&"18446744073709551616".parse::<BigInt>().unwrap()),
        8
    );
    assert_eq!(
        hash_int(&"18446744073709551621".parse::<BigInt>().unwrap()),
        13
    );
    assert_eq!(
        hash_int(
            &"-1267650600228229401496703205376"
                .parse::<BigInt>()
                .unwrap()
        ),
        -549755813888
    );
    assert_eq!(
        hash_int(&"1000000000000000000000000000000".parse::<BigInt>().unwrap()),
        465258685558744706
    );
    assert_eq!(
        hash_int(
            &"-1000000000000000000000000000000"
                .parse::<BigInt>()
                .unwrap()
        ),
        -465258685558744706
    );
    assert_eq!(hash_int(&"123456789".parse::<BigInt>().unwrap()), 123456789);
    assert_eq!(hash_i64(123456789), 123456789);
    assert_eq!(
        hash_int(
            &"5316911983139663491615228241121378303"
                .parse::<BigInt>()
                .unwrap()
        ),
        0
    );
    assert_eq!(hash_int(&"265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001".parse::<BigInt>().unwrap()), 424410663027747676);
    assert_eq!(
        hash_int(
            &"31781636632152186745687527738234950597235372721373446517237"
                .parse::<BigInt>()
                .unwrap()
        ),
        482586931136300101
    );
    assert_eq!(
        hash_int(
            &"832667544473282549320289958983873123805305264535232167537545"
                .parse::<BigInt>()
                .unwrap()
        ),
        799003518221977431
    );
    assert_eq!(
        hash_int(
            &"-215389431719186648166599168450822662231763898780304921722338"
                .parse::<BigInt>()
                .unwrap()
        ),
        -109891344828148794
    );
    assert_eq!(
        hash_int(
            &"-123372038045097934973018901131705831663510455363755317827936"
                .parse::<BigInt>()
                .unwrap()
        ),
        -242204465843620260
    );
    assert_eq!(
        hash_int(
            &"300421753440994208277567381845432857356341212207671827603007"
                .parse::<BigInt>()
                .unwrap()
        ),
        697871551174682184
    );
    assert_eq!(
        hash_int(
            &"1057090849064651462153577710493033622800121235060029119704919"
                .parse::<BigInt>()
                .unwrap()
        ),
        1005540290299526513
    );
    assert_eq!(
        hash_int(
            &"774552015712047839468549457497775631871776256526013446578709"
                .parse::<BigInt>()
                .unwrap()
        ),
        2108023799925933477
    );
    assert_eq!(
        hash_int(
            &"993239467359591612793911169241757096606654207086735494709553"
                .parse::<BigInt>()
                .unwrap()
        ),
        575681703878935123
    );
    assert_eq!(
        hash_int(
            &"1345517309248956924925767931861495960800274246609437467249193"
                .parse::<BigInt>()
                .unwrap()
        ),
        1993362419262849822
    );
    assert_eq!(
        hash_int(
            &"1051444171541368491525863400091554740823117246210030838962028"
                .parse::<BigInt>()
                .unwrap()
        ),
        1767653211647985711
    );
    assert_eq!(
        hash_int(
            &"32387494339386479305784955119675384825722944639598235655397"
                .parse::<BigInt>()
                .unwrap()
        ),
        2150512623112201373
    );
    assert_eq!(
        hash_int(
            &"-875820334087449471015454983779468208888832346318433444175633"
                .parse::<BigInt>()
                .unwrap()
        ),
        -423154232461736294
    );
    assert_eq!(
        hash_int(
            &"-396736663769695759475874140062297866918371606918490473305501"
                .parse::<BigInt>()
                .unwrap()
        ),
        -2015540500084519500
    );
    assert_eq!(
        hash_int(
            &"-1468995259675080872224114115295143542626687900127980127060825"
                .parse::<BigInt>()
                .unwrap()
        ),
        -383184813025906066
    );
    assert_eq!(
        hash_int(
            &"929203765586043556618112005185338970139168195442436065975719"
                .parse::<BigInt>()
                .unwrap()
        ),
        1970594242262530459
    );
    assert_eq!(
        hash_int(
            &"1133838836286015589059980162899656695379233265495445204265559"
                .parse::<BigInt>()
                .unwrap()
        ),
        488388072747774859
    );
    assert_eq!(
        hash_int(
            &"16100393883898982144794572317228974789067890783100146627838"
                .parse::<BigInt>()
                .unwrap()
        ),
        1747744245083125043
    );
    assert_eq!(
        hash_int(
            &"-505552422572734660677482678903799243621042255187242873708666"
                .parse::<BigInt>()
                .unwrap()
        ),
        -1500570038815091218
    );
    assert_eq!(
        hash_int(
            &"-288125087538471417711055870891133113231491269511268896764728"
                .parse::<BigInt>()
                .unwrap()
        ),
        -400176260313557880
    );
    assert_eq!(
        hash_int(
            &"1557939732880887383577529933196146037805604505235703328224637"
                .parse::<BigInt>()
                .unwrap()
        ),
        1131661736879604345
    );
    assert_eq!(
        hash_int(
            &"1603825275753805813408875467758691107359970445218327002057635"
                .parse::<BigInt>()
                .unwrap()
        ),
        1315432765096320413
    );
    assert_eq!(
        hash_int(
            &"206514627578109216116992402645739999083760838731382546447221"
                .parse::<BigInt>()
                .unwrap()
        ),
        50307221073636388
    );
    assert_eq!(
        hash_int(
            &"101770837474976479418166429663293370250482962837745480177096"
                .parse::<BigInt>()
                .unwrap()
        ),
        80659636640412313
    );
    assert_eq!(
        hash_int(
            &"606039273982163744166508259377718141654573318880463891797625"
                .parse::<BigInt>()
                .unwrap()
        ),
        984540992709072794
    );
    assert_eq!(
        hash_int(
            &"-1066853697230900521596844528641948054613650732635858853542786"
                .parse::<BigInt>()
                .unwrap()
        ),
        -2015641727148644316
    );
    assert_eq!(
        hash_int(
            &"114324654267651899865643364372984019911022199665418121865003"
                .parse::<BigInt>()
                .unwrap()
        ),
        1615214393642590059
    );
    assert_eq!(
        hash_int(
            &"754854697229855057491828615505774096167543023996950443028533"
                .parse::<BigInt>()
                .unwrap()
        ),
        1715171620566125050
    );
    assert_eq!(
        hash_int(
            &"-737629802476817764639004952227007019888103421959722449856180"
                .parse::<BigInt>()
                .unwrap()
        ),
        -1694337153330498181
    );
    assert_eq!(
        hash_int(
            &"1004581949598505718756633370792513435772455022259124288622808"
                .parse::<BigInt>()
                .unwrap()
        ),
        280197010344769831
    );
    assert_eq!(
        hash_int(
            &"-1082385970814289276869919760429632466700591975016169744157548"
                .parse::<BigInt>()
                .unwrap()
        ),
        -909299091457927222
    );
}

#[test]
fn float_hashes_match_cpython() {
    assert_eq!(hash_float(f64::from_bits(0x0000000000000000), 0), 0);
    assert_eq!(hash_float(f64::from_bits(0x8000000000000000), 0), 0);
    assert_eq!(hash_float(f64::from_bits(0x3ff0000000000000), 0), 1);
    assert_eq!(hash_float(f64::from_bits(0xbff0000000000000), 0), -2);
    assert_eq!(
        hash_float(f64::from_bits(0x3fe0000000000000), 0),
        1152921504606846976
    );
    assert_eq!(
        hash_float(f64::from_bits(0x3ff8000000000000), 0),
        1152921504606846977
    );
    assert_eq!(
        hash_float(f64::from_bits(0xc004000000000000), 0),
        -1152921504606846978
    );
    assert_eq!(
        hash_float(f64::from_bits(0x7e37e43c8800759c), 0),
        1224995262755759164
    );
    assert_eq!(
        hash_float(f64::from_bits(0x81a56e1fc2f8f359), 0),
        -482449582752280463
    );
    assert_eq!(hash_float(f64::from_bits(0x0000000000000001), 0), 16777216);
    assert_eq!(
        hash_float(f64::from_bits(0x7fefffffffffffff), 0),
        2234066890152476671
    );
    assert_eq!(hash_float(f64::from_bits(0x7ff0000000000000), 0), 314159);
    assert_eq!(hash_float(f64::from_bits(0xfff0000000000000), 0), -314159);
    assert_eq!(
        hash_float(f64::from_bits(0x400921f9f01b866e), 0),
        326484311674566659
    );
    assert_eq!(
        hash_float(f64::from_bits(0x3fb999999999999a), 0),
        230584300921369408
    );
    assert_eq!(hash_float(f64::from_bits(0x43c0000000000000), 0), 1);
    assert_eq!(hash_float(f64::from_bits(0x43d0000000000000), 0), 2);
    assert_eq!(hash_float(f64::from_bits(0xc450000000000000), 0), -512);
    assert_eq!(
        hash_float(f64::from_bits(0x3ddb7cdfd9d7bdbb), 0),
        2124533198426632172
    );
    assert_eq!(
        hash_float(f64::from_bits(0x44480030f3c668b1), 0),
        27557664735232384
    );
    assert_eq!(
        hash_float(f64::from_bits(0xe40961505d698c8b), 0),
        -950700838280581213
    );
    assert_eq!(
        hash_float(f64::from_bits(0x907f96694ba955f3), 0),
        -385000610493966709
    );
    assert_eq!(
        hash_float(f64::from_bits(0xecd1345e88c780f6), 0),
        -1585418401810365447
    );
    assert_eq!(
        hash_float(f64::from_bits(0x75305db71d43d1ff), 0),
        589650006880354176
    );
    assert_eq!(
        hash_float(f64::from_bits(0x46f57327e5920673), 0),
        1155940299458544441
    );
    assert_eq!(
        hash_float(f64::from_bits(0xc979cb061b943cfc), 0),
        -729158729876641902
    );
    assert_eq!(
        hash_float(f64::from_bits(0xd3e89d320bb662a8), 0),
        -1803088230740943476
    );
    assert_eq!(
        hash_float(f64::from_bits(0x032b73284bb57b5c), 0),
        1671544351873155085
    );
    assert_eq!(
        hash_float(f64::from_bits(0xaba018ea9d19ee45), 0),
        -1807071562882589501
    );
    assert_eq!(
        hash_float(f64::from_bits(0x17788b9503b96d91), 0),
        268366122355809448
    );
    assert_eq!(
        hash_float(f64::from_bits(0x1d775b7c69dd6493), 0),
        420768919970194624
    );
    assert_eq!(
        hash_float(f64::from_bits(0xe2934bf1d37c9961), 0),
        -1368096888583634982
    );
    assert_eq!(
        hash_float(f64::from_bits(0x0a3efb80ca357568), 0),
        69766238945651520
    );
    assert_eq!(
        hash_float(f64::from_bits(0x3d589cab301ba988), 0),
        1369580925843426901
    );
    assert_eq!(
        hash_float(f64::from_bits(0xfcf7f49dc91752a3), 0),
        -1146513079176349185
    );
    assert_eq!(
        hash_float(f64::from_bits(0x6bc78bf596380ed6), 0),
        2019700607223322200
    );
    assert_eq!(
        hash_float(f64::from_bits(0x1d95389b297a21d7), 0),
        1529142675937285888
    );
    assert_eq!(
        hash_float(f64::from_bits(0x2ad9a40a736ebf51), 0),
        997523266075888243
    );
    assert_eq!(
        hash_float(f64::from_bits(0x3dcdb856ae4ecf4b), 0),
        1330385258434925995
    );
    assert_eq!(
        hash_float(f64::from_bits(0xbe77344828b09a93), 0),
        -478718765963432289
    );
    assert_eq!(
        hash_float(f64::from_bits(0x1a5356b5d85328b6), 0),
        967060773378195765
    );
    assert_eq!(
        hash_float(f64::from_bits(0xe927db486f62e63a), 0),
        -577300130880576711
    );
    assert_eq!(
        hash_float(f64::from_bits(0x60d6c766f6f62c28), 0),
        1590896959707405272
    );
    assert_eq!(
        hash_float(f64::from_bits(0xf8633958ce75f4ba), 0),
        -577137137071079063
    );
    assert_eq!(
        hash_float(f64::from_bits(0xe8c2d2198afd2973), 0),
        -1670845808544939668
    );
    assert_eq!(
        hash_float(f64::from_bits(0x4b452123d17f6494), 0),
        761268765860186624
    );
    assert_eq!(
        hash_float(f64::from_bits(0x40df7c9a8cda80a3), 0),
        956572093875518962
    );
    assert_eq!(
        hash_float(f64::from_bits(0x7a1d556cb62c228e), 0),
        915968101139409579
    );
    assert_eq!(
        hash_float(f64::from_bits(0x19a2105c50806f01), 0),
        325410448282992704
    );
    assert_eq!(
        hash_float(f64::from_bits(0xa6ecc31f35263b45), 0),
        -662550485654357965
    );
    assert_eq!(
        hash_float(f64::from_bits(0x0a248cff51423286), 0),
        23138110968220184
    );
    assert_eq!(
        hash_float(f64::from_bits(0x02b087f806faadb1), 0),
        148899166915245600
    );
    assert_eq!(
        hash_float(f64::from_bits(0xfb8a99a2c96fa758), 0),
        -1417508439701792190
    );
    assert_eq!(
        hash_float(f64::from_bits(0x4ba927c3ecf45ccb), 0),
        358174290276343833
    );
    assert_eq!(
        hash_float(f64::from_bits(0x98b8da9fb9fad67e), 0),
        -567467216679533931
    );
    assert_eq!(
        hash_float(f64::from_bits(0x732902f451fbfcc7), 0),
        1143885958672858388
    );
    assert_eq!(
        hash_float(f64::from_bits(0x50332cb8642a357c), 0),
        1209309318353072843
    );
    assert_eq!(
        hash_float(f64::from_bits(0x101e75eb6607b615), 0),
        34728418616210867
    );
    assert_eq!(
        hash_float(f64::from_bits(0xe9d40f2b106ee2ab), 0),
        -1445421354989038336
    );
    assert_eq!(hash_complex(1.5, -2.0, 0), 1152921504604846971);
    assert_eq!(hash_complex(0.0, 1.0, 0), 1000003);
}

#[test]
fn tuple_and_frozenset_hashes_match_cpython() {
    assert_eq!(hash_tuple(&[]), 5740354900026072187);
    assert_eq!(hash_tuple(&[1]), -6644214454873602895);
    assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
    assert_eq!(hash_tuple(&[1, 2, 3]), 529344067295497451);
    assert_eq!(hash_tuple(&[-2]), 8078679518589016365);
    assert_eq!(hash_tuple(&[0, 0]), -8458139203682520985);
    assert_eq!(hash_tuple(&[hash_tuple(&[1, 2]), 3]), -333907151259015829);
    assert_eq!(hash_tuple(&[2, -5, 7]), 8625804492272138706);
    assert_eq!(
        hash_tuple(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]),
        -9217304902224717415
    );
    assert_eq!(hash_tuple(&[1152921504606846977, 2]), 8274728468405361693);
    assert_eq!(hash_frozenset(&[]), 133146708735736);
    assert_eq!(hash_frozenset(&[1]), -558064481276695278);
    assert_eq!(hash_frozenset(&[1, 2, 3]), -272375401224217160);
    assert_eq!(
        hash_frozenset(&[
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
            24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45,
            46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67,
            68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89,
            90, 91, 92, 93, 94, 95, 96, 97, 98, 99
        ]),
        4411996150312757951
    );
    assert_eq!(hash_frozenset(&[-2, -2]), 399283329322573);
}

#[test]
fn str_hash_is_stable_and_never_minus_one() {
    assert_eq!(hash_str("abc"), hash_bytes(b"abc"));
    assert_ne!(hash_str("abc"), hash_str("abd"));
    assert_eq!(hash_pointer(0x1000), 0x100);
    assert_eq!(hash_pointer(usize::MAX), -2);
}
