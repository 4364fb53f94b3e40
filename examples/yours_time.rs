use focal::core::loss::Alpha;
use focal::core::yours::{sample, Reader};
use std::time::Instant;
fn main() {
    let t = Instant::now();
    let text = sample::csv(7, 1_000_000);
    println!("gen {:?} {} bytes", t.elapsed(), text.len());
    let t = Instant::now();
    let mut r = Reader::new();
    for c in text.as_bytes().chunks(1 << 20) {
        r.feed(c).unwrap();
    }
    let l = r.finish().unwrap();
    println!("parse {:?}", t.elapsed());
    let p = l.predictions;
    let t = Instant::now();
    let (ce, fl) = p.shares(2.0, Alpha::Balanced(0.25));
    println!("shares {:?} {:?} {:?}", t.elapsed(), ce, fl);
    let t = Instant::now();
    let b = p.binned();
    println!("binned {:?}", t.elapsed());
    for g in [0.5, 1.0, 2.0, 5.0] {
        let e = p.totals(g).shares(Alpha::Balanced(0.25));
        let a = b.totals(g).shares(Alpha::Balanced(0.25));
        println!("g {g} exact {:?} approx {:?}", e, a);
    }
    let t = Instant::now();
    let ap = focal::core::metrics::average_precision(&p.scores, &p.labels);
    println!("ap {ap} {:?} counts {:?}", t.elapsed(), p.counts());
}
