//! "Check yourself": each check answered wrong, then right, in the browser, against the
//! answers the core computes; the panel moves to the state that shows the answer; answers
//! are kept in the browser and forgotten on request; axe finds nothing with the results open.
use super::*;
use focal::quiz::{checks, Kind};
use focal::state::State;

async fn answer(b: &Browser, id: &str, kind: &Kind, right: bool) -> String {
    let value = match kind {
        Kind::Number { answer, tolerance } => {
            let x = if right {
                *answer
            } else {
                answer + 10.0 * tolerance + 1.0
            };
            format!("{x}")
        }
        Kind::Choice { options, right: r } => {
            (if right { *r } else { (r + 1) % options.len() }).to_string()
        }
    };
    b.js(
        "const e = document.querySelector(`[data-testid='quiz-${arguments[0]}-answer']`); e.scrollIntoView({ block: 'center' }); \
         e.value = arguments[1]; e.dispatchEvent(new Event(e.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));",
        vec![json!(id), json!(value)],
    )
    .await;
    click(b, &format!("quiz-{id}-submit")).await;
    b.settle().await;
    b.attr(&format!("quiz-{id}-result"), "data-value")
        .await
        .unwrap_or_default()
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn each_check_judges_a_wrong_and_a_right_answer_and_keeps_it() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("")).await;
    let all = checks(&State::default());
    assert!(all.len() >= 8);
    for c in &all {
        assert_eq!(
            answer(&b, c.id, &c.kind, false).await,
            "wrong",
            "{}: a wrong answer",
            c.id
        );
        assert_eq!(
            answer(&b, c.id, &c.kind, true).await,
            "right",
            "{}: the right answer",
            c.id
        );
    }
    // The feedback set the panel to the state that shows it: the last Explorer check left
    // γ = 2 and p_t = 0.3 without α.
    let url = b.client.current_url().await.unwrap().to_string();
    assert!(
        url.contains("pt=0.3") && url.contains("alpha=none"),
        "{url}"
    );
    let violations = super::access::axe(&b).await;
    assert!(
        violations.is_empty(),
        "with the results shown: {violations:#?}"
    );
    // Kept in this browser: a new visit shows the answers committed; "Forget it" forgets.
    b.open(&server.url("")).await;
    let first = all[0].id;
    assert_eq!(
        b.attr(&format!("quiz-{first}-result"), "data-value")
            .await
            .as_deref(),
        Some("right")
    );
    click(&b, &format!("quiz-{first}-forget")).await;
    b.open(&server.url("")).await;
    assert_eq!(
        b.attr(&format!("quiz-{first}-result"), "data-value").await,
        None
    );
    assert_clean(&b, &server).await;
    b.finish().await;
}
