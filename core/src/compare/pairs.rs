//! Which two articles the Compare view sets side by side: the two a link asks for, else
//! the two that share the most claims. Articles are taken in publication order.

use crate::model::{Article, Story};

/// The story's articles in publication order (by first day; the story's order for the
/// same day).
pub fn by_publication(story: &Story) -> Vec<&Article> {
    let mut articles: Vec<&Article> = story.articles.iter().collect();
    // A stable insertion sort: few articles, and the page carries no standard sort.
    for i in 1..articles.len() {
        let mut j = i;
        while j > 0 && articles[j - 1].published.start > articles[j].published.start {
            articles.swap(j - 1, j);
            j -= 1;
        }
    }
    articles
}

/// How many claims both articles carry.
pub fn shared_claims(story: &Story, first: &Article, second: &Article) -> usize {
    story
        .claims
        .iter()
        .filter(|c| c.appears_in(&first.id) && c.appears_in(&second.id))
        .count()
}

/// Every pair of articles, each in publication order, with how many claims both carry:
/// most shared first, ties in publication order.
pub fn pairs(story: &Story) -> Vec<([&Article; 2], usize)> {
    let articles = by_publication(story);
    let mut found = Vec::new();
    for (i, first) in articles.iter().enumerate() {
        for second in &articles[i + 1..] {
            let shared = shared_claims(story, first, second);
            found.push(([*first, *second], shared));
        }
    }
    // Most shared first; a stable insertion sort keeps publication order among ties.
    for i in 1..found.len() {
        let mut j = i;
        while j > 0 && found[j - 1].1 < found[j].1 {
            found.swap(j - 1, j);
            j -= 1;
        }
    }
    found
}

/// The pair the reader asked for (`articles=c,e`: one or two article ids, in either
/// order): the first pair holding every id asked; the default pair (most shared) when
/// none asked or none holds them. `None` with fewer than two articles.
pub fn pair_asked<'a>(story: &'a Story, asked: &[String]) -> Option<[&'a Article; 2]> {
    let pairs = pairs(story);
    let holds = |pair: &[&Article; 2]| asked.iter().all(|id| pair.iter().any(|a| a.id == **id));
    pairs
        .iter()
        .find(|(pair, _)| holds(pair))
        .or(pairs.first())
        .map(|(pair, _)| *pair)
}

/// The pair to show `article`'s text: the pair shown if it holds it, else the article
/// beside the first one shown, in publication order.
pub fn pair_with(story: &Story, shown: [&str; 2], article: &str) -> Vec<String> {
    if shown.contains(&article) {
        return shown.map(str::to_owned).to_vec();
    }
    let wanted = [shown[0], article];
    by_publication(story)
        .into_iter()
        .filter(|a| wanted.contains(&&*a.id))
        .map(|a| a.id.to_string())
        .collect()
}

/// The key of a pair as the page's list of pair files writes it: "a,c".
pub fn pair_key(pair: [&Article; 2]) -> String {
    format!("{},{}", pair[0].id, pair[1].id)
}

/// The pair the reader asked for (`articles=c,e`: one or two article ids, in either
/// order), found in the list the page's head carries, which `claimline site` writes in
/// [`pairs`]' order (most shared first): the first pair holding every id asked, else
/// the first; with its file. The page finds the pair this way without counting claims.
pub fn pair_listed<'a, 's>(
    story: &'s Story,
    list: &'a str,
    asked: Option<&str>,
) -> Option<([&'s Article; 2], &'a str)> {
    let listed = || {
        list.split(' ')
            .filter_map(|entry| entry.split_once('='))
            .filter(|(key, _)| key.contains(','))
    };
    let holds = |key: &str| {
        let asked = asked
            .unwrap_or_default()
            .split(',')
            .filter(|id| !id.is_empty());
        asked.into_iter().all(|id| key.split(',').any(|k| k == id))
    };
    let (key, file) = listed()
        .find(|(key, _)| holds(key))
        .or_else(|| listed().next())?;
    let (first, second) = key.split_once(',')?;
    Some(([story.article(first)?, story.article(second)?], file))
}

/// The coverage table's file, in the list the page's head carries (`table=path`).
pub fn table_file(list: &str) -> Option<&str> {
    pair_file(list, TABLE_KEY)
}

/// The table's key in the list of the Compare view's files: no pair's, which holds a comma.
pub const TABLE_KEY: &str = "table";

/// The file of a pair, from the list the page's head carries (`a,c=path`, space-separated,
/// after the table's).
pub fn pair_file<'a>(list: &'a str, key: &str) -> Option<&'a str> {
    list.split(' ')
        .filter_map(|entry| entry.split_once('='))
        .find(|(pair, _)| *pair == key)
        .map(|(_, file)| file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::four_outlets;

    fn ids(pair: [&Article; 2]) -> [&str; 2] {
        pair.map(|a| &*a.id)
    }

    #[test]
    fn articles_go_by_publication_and_the_default_pair_shares_most() {
        // B is published on 1 March, A on the 2nd, C and D on the 3rd.
        let story = four_outlets();
        let order: Vec<&str> = by_publication(&story).iter().map(|a| &*a.id).collect();
        assert_eq!(order, ["b", "a", "c", "d"]);
        let found: Vec<([&str; 2], usize)> = pairs(&story)
            .into_iter()
            .map(|(pair, shared)| (ids(pair), shared))
            .collect();
        assert_eq!(
            found,
            [
                (["a", "c"], 2),
                (["b", "a"], 1),
                (["b", "c"], 1),
                (["a", "d"], 1),
                (["b", "d"], 0),
                (["c", "d"], 0),
            ]
        );
        assert_eq!(pair_asked(&story, &[]).map(ids), Some(["a", "c"]));
    }

    #[test]
    fn a_pair_asked_for_is_found_in_either_order_and_one_id_gets_its_best_partner() {
        let story = four_outlets();
        let asked = |ids: &[&str]| -> Vec<String> { ids.iter().map(|s| s.to_string()).collect() };
        assert_eq!(
            pair_asked(&story, &asked(&["d", "b"])).map(ids),
            Some(["b", "d"])
        );
        assert_eq!(
            pair_asked(&story, &asked(&["d"])).map(ids),
            Some(["a", "d"])
        );
        assert_eq!(
            pair_asked(&story, &asked(&["b"])).map(ids),
            Some(["b", "a"])
        );
        assert_eq!(
            pair_asked(&story, &asked(&["x", "y"])).map(ids),
            Some(["a", "c"]),
            "an unknown pair falls back to the default"
        );
        let mut one = four_outlets();
        one.articles.to_mut().truncate(1);
        assert_eq!(pair_asked(&one, &[]).map(ids), None);
    }

    #[test]
    fn a_cell_s_article_joins_the_first_shown_unless_already_shown() {
        let story = four_outlets();
        assert_eq!(pair_with(&story, ["a", "c"], "c"), ["a", "c"]);
        assert_eq!(pair_with(&story, ["a", "c"], "b"), ["b", "a"]);
        assert_eq!(pair_with(&story, ["a", "c"], "d"), ["a", "d"]);
    }

    #[test]
    fn the_page_finds_the_pair_asked_for_in_its_list() {
        let story = four_outlets();
        let list = "table=data/t.html a,c=data/1.html b,a=data/2.html a,d=data/3.html";
        let found = |asked: Option<&str>| {
            pair_listed(&story, list, asked).map(|(pair, file)| (ids(pair), file))
        };
        assert_eq!(found(None), Some((["a", "c"], "data/1.html")));
        assert_eq!(found(Some("a,b")), Some((["b", "a"], "data/2.html")));
        assert_eq!(found(Some("d")), Some((["a", "d"], "data/3.html")));
        assert_eq!(
            found(Some("c,d")),
            Some((["a", "c"], "data/1.html")),
            "not listed"
        );
        assert!(pair_listed(&story, "table=data/t.html", None).is_none());
    }

    #[test]
    fn a_pair_s_file_is_found_by_its_key() {
        let list = "table=data/compare-0.html a,c=data/compare-1.html b,a=data/compare-2.html";
        assert_eq!(table_file(list), Some("data/compare-0.html"));
        assert_eq!(table_file("a,c=data/compare-1.html"), None);
        assert_eq!(table_file(""), None);
        assert_eq!(pair_file(list, "b,a"), Some("data/compare-2.html"));
        assert_eq!(pair_file(list, "a,b"), None);
        assert_eq!(pair_file("", "a,c"), None);
    }
}
