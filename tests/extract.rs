//! `contra extract`: claims and speakers on real text, the JSON contract, bad input.

mod common;

use common::{contra, stderr, stdout};
use contra_text::article::{parse_input, Article};
use contra_text::claims::eval::{read_gold, score};
use contra_text::claims::{extract, Claim, ClaimKind, Extraction};
use serde_json::Value;

fn article(text: &str) -> Article {
    Article::from_plain("test.txt", format!("Headline\n\n{text}"))
}

fn claims_of(text: &str) -> Vec<Claim> {
    extract(vec![article(text)]).claims
}

fn find<'a>(claims: &'a [Claim], fragment: &str) -> &'a Claim {
    claims
        .iter()
        .find(|c| c.text.contains(fragment))
        .unwrap_or_else(|| panic!("no claim contains {fragment:?}: {claims:#?}"))
}

#[test]
fn direct_quote_split_by_attribution() {
    let c = claims_of("“We will rebuild,” Mayor Linda Park said. “The town has survived worse.”");
    assert_eq!(find(&c, "We will rebuild").speaker, "Linda Park");
    assert_eq!(find(&c, "survived worse").speaker, "Linda Park");
    assert_eq!(find(&c, "We will rebuild").role.as_deref(), Some("mayor"));
}

#[test]
fn block_quote_after_adding_colon() {
    let c = claims_of(
        "Governor Maria Santos said prices were falling, adding:\n\nWe are not declaring victory yet, and we will act again if needed.",
    );
    let block = find(&c, "not declaring victory");
    assert_eq!(block.speaker, "Maria Santos");
    assert_eq!(block.kind, ClaimKind::Quote);
    assert_eq!(block.form, Some("block"));
}

#[test]
fn pronoun_prefers_the_last_speaker_over_a_woman_just_mentioned() {
    let c = claims_of(
        "Superintendent Karen Wallace said the change followed research. Her deputy, Olivia Grant, had opposed it.\n\n“Students will learn more,” she said.",
    );
    assert_eq!(
        find(&c, "Students will learn more").speaker,
        "Karen Wallace"
    );
}

#[test]
fn pronoun_means_whom_the_previous_sentence_names_even_as_its_object() {
    // Centering: "he" looks first at the sentence before, where Axelrod is no subject.
    let c = claims_of(
        "Former adviser David Axelrod has been critical before. Barack Obama himself has praised the campaign.\n\nThen there is Axelrod.\n\n“Kind of bewildering,” he wrote last October.",
    );
    assert_eq!(find(&c, "bewildering").speaker, "David Axelrod");
}

#[test]
fn a_pronoun_that_only_carries_a_sentence_on_teaches_no_gender() {
    // "She was held ..." may guess Ibrahim (no known gender); "He added" must still find him.
    let c = claims_of(
        "The statement by Iraq's Interior Ministry spokesman Saad Maan Ibrahim adds to the confusion.\n\nLebanese officials said the woman, Saja al-Dulaimi, is believed to be the wife of the leader. She was held by Syrian authorities and freed in a prisoner exchange.\n\nOn Wednesday, Ibrahim told The Associated Press that al-Dulaimi is not the leader's wife. He identified her as the sister of Omar Abdul Hamid al-Dulaimi, who is being held in Iraq.\n\nHe added that the leader has two wives but neither is named Saja al-Dulaimi.",
    );
    assert_eq!(find(&c, "neither is named").speaker, "Saad Maan Ibrahim");
}

#[test]
fn he_after_a_spokesman_for_an_organisation_is_that_spokesman() {
    // The spokesman's words are credited to what he speaks for; "he" then means him, not the
    // person named in the paragraph before.
    let c = claims_of(
        "Alan Titchmarsh found red-and-white fly agaric while filming a program.\n\nA spokesman for Buckingham Palace said the fungi grew there naturally. “There are several hundred fungi species in the palace garden,” he said.",
    );
    assert_eq!(
        find(&c, "several hundred fungi").speaker,
        find(&c, "grew there naturally").speaker
    );
}

#[test]
fn pronoun_subject_carries_on_whom_it_means() {
    // "He nodded ... behind Paul Dunn": the next "he" is still Reyes, not Dunn.
    let c = claims_of(
        "“We made the deals,” Tom Reyes said.\n\nReyes never mentioned Ana Ruiz, who trailed Karl Weber by 20 points.\n\nHe nodded only obliquely to his second-place finish behind Paul Dunn.\n\n“We learned a lot about ground games,” he said.",
    );
    assert_eq!(find(&c, "ground games").speaker, "Tom Reyes");
}

#[test]
fn inverted_credit_past_a_description_the_parser_cannot_walk() {
    // The name that ends the credit, else the noun the description ends on.
    let c = claims_of(
        "“This has to be the first time a candidate did this,” said Clinton’s top foreign policy aide Jake Sullivan.\n\n“It is going to be challenging to do it quickly,” said a longtime GOP data expert who has worked for one of the rivals.\n\n“We basically got deceived into coming here,” said one owner of a shop that sells shoes.\n\n“They will win this state easily,” said a source close to the campaign.",
    );
    assert_eq!(find(&c, "first time").speaker, "Jake Sullivan");
    assert_eq!(find(&c, "challenging").speaker, "longtime GOP data expert");
    assert_eq!(find(&c, "deceived").speaker, "one owner");
    assert_eq!(find(&c, "win this state").speaker, "source");
}

#[test]
fn reported_speech_before_a_second_clause_that_introduces_a_quote() {
    let c = claims_of(
        "Harry Reid spoke on Monday.\n\nReid said both Rubio and Cruz are \"non-entities in the Senate,\" but he gave the Texan a back-handed compliment: \"You never have to guess where he is.\"",
    );
    let r = find(&c, "both Rubio and Cruz");
    assert_eq!(r.speaker, "Harry Reid");
    assert_eq!(r.kind, ClaimKind::Reported);
    assert_eq!(find(&c, "never have to guess").speaker, "Harry Reid");
}

#[test]
fn a_counted_group_before_a_bare_participle_says_its_clause() {
    let c = claims_of(
        "The killings have left 62 percent of voters saying race relations are growing worse.\n\nThe debate heated up, with Republican Senator John McCain saying Obama was directly responsible for the attack.",
    );
    assert_eq!(
        find(&c, "race relations are growing worse").speaker,
        "62 percent of voters"
    );
    assert_eq!(
        find(&c, "Obama was directly responsible").speaker,
        "John McCain"
    );
    // Not a count of years: no group says anything here.
    let c = claims_of("He was freed two years ago by Putin saying the release was a pardon.");
    assert!(c.iter().all(|c| !c.speaker.contains("ago")), "{c:#?}");
}

#[test]
fn a_subject_with_a_restrictive_clause_of_that_or_whose() {
    let c = claims_of(
        "But progressive organizations that have endorsed him say superdelegates should choose the winner.\n\nThe officials whose laws have been invalidated say the real change has come in the judiciary.",
    );
    assert_eq!(
        find(&c, "superdelegates should choose").speaker,
        "progressive organizations"
    );
    assert_eq!(find(&c, "real change has come").speaker, "officials");
    // "that is Trump World" is a predicate, no speaker.
    let c = claims_of(
        "Three separate denizens of the hall of mirrors that is Trump World told me they believed Hannity was behaving oddly.",
    );
    assert!(
        c.iter().all(|c| !c.speaker.contains("Trump World")),
        "{c:#?}"
    );
}

#[test]
fn accusing_and_criticizing_participles_credit_the_sentence_subject() {
    let c = claims_of(
        "Former president Bill Clinton unloaded on Sanders in a speech Sunday, accusing Sanders's followers of sexism and his campaign of fabricated attacks.",
    );
    assert_eq!(find(&c, "followers of sexism").speaker, "Bill Clinton");
}

#[test]
fn no_speaker_holds_a_subhead_a_dateline_a_modal_or_a_subordinator() {
    let c = claims_of(
        "The leader spoke.\n\nNOT KIM’S FIRST ABSENCE North Korean officials said the leader was fine.\n\nBAGHDAD - An Iraqi official said on Monday that the woman was not the wife of the leader.\n\nThe town is split, where local party leaders say the mogul has shown more strength.",
    );
    assert_eq!(
        find(&c, "the leader was fine").speaker,
        "North Korean officials"
    );
    assert_eq!(find(&c, "not the wife").speaker, "Iraqi official");
    assert_eq!(find(&c, "more strength").speaker, "local party leaders");
    // A weekday before a surname is when, not a first name: no "Wednesday Williams".
    let c = claims_of(
        "Brian Williams apologized.\n\nIn a message he posted on Wednesday Williams said he was not trying to steal anyone’s valor.",
    );
    assert_eq!(find(&c, "steal anyone").speaker, "Brian Williams");
    // A question opened by a negated auxiliary names no one: no "Didn't Apple".
    let c = claims_of(
        "Didn't Apple say the watch would be cheap? Then along comes influential Apple observer John Gruber to insert a little perspective.\n\n“Apple Watch is not a product from a tech company,” he said.",
    );
    assert_eq!(find(&c, "not a product").speaker, "John Gruber");
    let c = claims_of(
        "The search went on. According to Mexico's attorney general none of the missing students were among the bodies found.",
    );
    assert_eq!(
        find(&c, "none of the missing students").speaker,
        "Mexico's attorney general"
    );
    // A phrase cut after its article is no name: no speaker "Ignore".
    let c = claims_of(
        "She wrote on Facebook that she was safe.\n\n'I only happened to see these news stories. Ignore the reports I've been captured.'",
    );
    assert!(c.iter().all(|c| c.speaker != "Ignore"), "{c:#?}");
    let c = claims_of("Experts agree that one simply cannot say the raw material value is high.");
    assert!(c.iter().all(|c| !c.speaker.contains("cannot")), "{c:#?}");
}

#[test]
fn a_plural_object_before_who_says_is_the_group_that_says() {
    let c = claims_of(
        "Obama passionately rebuked critics who say he should condemn terrorists as radical Islamists.",
    );
    assert_eq!(find(&c, "he should condemn terrorists").speaker, "critics");
}

#[test]
fn in_which_a_counted_group_says_a_clause_with_its_own_subject() {
    let c = claims_of(
        "And in an election year in which a majority of Americans say they do not trust Mrs. Clinton, even some allies questioned the foundation.\n\nObama has gotten less credit than aides say he deserves for the progress.",
    );
    assert_eq!(find(&c, "do not trust").speaker, "majority of Americans");
    assert_eq!(find(&c, "he deserves").speaker, "aides");
}

#[test]
fn a_name_and_a_colon_label_the_quote_after_them() {
    let c = claims_of(
        "The campaign went on.\n\nDonald Trump: “Appreciate the congrats for being right on radical Islamic terrorism.”\n\nBreaking: “The plan will cost more than the city has.”",
    );
    assert_eq!(find(&c, "Appreciate the congrats").speaker, "Donald Trump");
    assert_ne!(find(&c, "cost more than the city").speaker, "Breaking");
}

#[test]
fn a_name_in_an_aside_after_a_description_and_a_document_s_author() {
    let c = claims_of(
        "A former Republican presidential candidate -- John McCain, who lost the 2008 election to Obama -- said the president offered no changes to his strategy.\n\nAccording to a declaration filed in federal court by John F. Hackett, the department found no records of the calls.\n\nInsiders in the next two states -- Nevada and South Carolina -- said the race would tighten soon.",
    );
    assert_eq!(find(&c, "offered no changes").speaker, "John McCain");
    assert_eq!(find(&c, "found no records").speaker, "John F. Hackett");
    assert_eq!(
        find(&c, "race would tighten").speaker,
        "insiders in the next two states"
    );
    // Who published the document: "a report in the Des Moines Register".
    let c = claims_of(
        "According to a report in the Des Moines Register, the campaign spent more than it raised.\n\nBorrowers owe $1.3 trillion, according to data from the U.S. Department of Education.",
    );
    assert_eq!(find(&c, "spent more than").speaker, "Des Moines Register");
    assert_eq!(
        find(&c, "Borrowers owe").speaker,
        "U.S. Department of Education"
    );
}

#[test]
fn the_spokesman_and_the_writer_refer_back() {
    // "The spokesman" is the Pentagon spokesman named before; "the writer" is Sorkin.
    let c = claims_of(
        "Two of the bundles had missed their marks. According to a Pentagon spokesman, the wind caused the parachute to go off course. The spokesman also stressed that the weapons will not give ISIS any advantage.\n\nOn Oct. 23, Aaron Sorkin told Bloomberg TV that Bale was playing Jobs. “We needed the best actor on the board in a certain age range,” the writer said at the time.",
    );
    assert_eq!(
        find(&c, "will not give ISIS").speaker,
        find(&c, "wind caused").speaker
    );
    assert_eq!(find(&c, "We needed the best actor").speaker, "Aaron Sorkin");
    // A statement's words are whoever issued it.
    let c =
        claims_of("“The claim is entirely false,” said a statement from Amnesty International.");
    assert_eq!(find(&c, "entirely false").speaker, "Amnesty International");
}

#[test]
fn quote_only_verbs_credit_quotes() {
    // "barked" credits a quote though it introduces no reported speech.
    let c = claims_of("“Your son is dead and you know it,” the host barked at the man.");
    assert_eq!(find(&c, "Your son is dead").speaker, "the host");
}

#[test]
fn a_title_case_headline_is_no_name() {
    // A title-case line in one article made "Paul Scores Direct Hit On Donald Trump" a
    // person, whom "Trump" in the next article then meant.
    let c = extract(vec![
        article("The debate was long.\n\nRand Paul Scores Direct Hit On Donald Trump.\n\nThe senator spoke at length."),
        article("“We will win,” Trump said on Monday."),
    ])
    .claims;
    assert_eq!(find(&c, "We will win").speaker, "Trump");
}

#[test]
fn denial_carries_the_denied_proposition() {
    let c =
        claims_of("The Health Ministry has denied reports that it plans to close rural hospitals.");
    let d = find(&c, "close rural hospitals");
    assert_eq!(d.kind, ClaimKind::Denial);
    assert_eq!(d.speaker, "Health Ministry");
    assert_eq!(d.text, "it plans to close rural hospitals");
}

#[test]
fn said_it_was_not_true_is_a_denial() {
    let c = claims_of("A spokeswoman, Ruth Achieng, said claims of layoffs were not true.");
    let d = find(&c, "layoffs");
    assert_eq!(
        (d.kind, d.speaker.as_str()),
        (ClaimKind::Denial, "Ruth Achieng")
    );
}

/// The everyday news forms of a trailing credit: with a time, an audience, a statement, an
/// appositive, or a possessive that stands for an organisation.
#[test]
fn trailing_credits_with_modifiers_and_appositives() {
    let c = claims_of(
        "Prices will rise sharply next year, the Finance Ministry said on Tuesday.\n\
         The plant will close by March, Mayor Linda Park told reporters.\n\
         The deal is dead, said Tom Reyes in a statement.\n\
         Waiting times will fall by half, said Maria Lopez, Riverside's chief executive.\n\
         The count was clean, Grace Mensah, the commission's chairwoman, said.",
    );
    for (fragment, speaker, kind) in [
        (
            "Prices will rise sharply next year",
            "Finance Ministry",
            ClaimKind::Reported,
        ),
        (
            "The plant will close by March",
            "Linda Park",
            ClaimKind::Reported,
        ),
        ("The deal is dead", "Tom Reyes", ClaimKind::Reported),
        (
            "Waiting times will fall by half",
            "Maria Lopez",
            ClaimKind::Reported,
        ),
        ("The count was clean", "Grace Mensah", ClaimKind::Reported),
    ] {
        let claim = find(&c, fragment);
        assert_eq!(
            (claim.speaker.as_str(), claim.kind),
            (speaker, kind),
            "{fragment}"
        );
        assert!(!claim.text.contains(" said"), "{:?}", claim.text);
    }
}

#[test]
fn calling_an_accusation_false_is_a_denial() {
    let c = claims_of(
        "The commission's chairwoman, Grace Mensah, called the accusation \"completely false.\"",
    );
    let d = find(&c, "completely false");
    assert_eq!(
        (d.speaker.as_str(), d.kind),
        ("Grace Mensah", ClaimKind::Denial)
    );
}

#[test]
fn calling_an_offer_an_insult_is_scorn_not_a_denial() {
    let c = claims_of("The union leader, Ingrid Solberg, called the offer \"an insult.\"");
    assert!(c
        .iter()
        .all(|x| !(x.text.contains("an insult") && x.kind == ClaimKind::Denial)));
}

#[test]
fn a_possessive_spokesman_speaks_for_the_owner() {
    let c = claims_of(
        "President Samuel Adeyemi's spokesman denied that the government had interfered.",
    );
    let d = find(&c, "the government had interfered");
    assert_eq!(
        (d.speaker.as_str(), d.kind),
        ("Samuel Adeyemi", ClaimKind::Denial)
    );
}

#[test]
fn a_short_company_name_is_the_company_named_earlier() {
    let c = claims_of(
        "The port operator, Nordhavn Logistics, said its offer was generous.\n\
         Nordhavn denied that it had hired replacement workers.",
    );
    assert_eq!(
        find(&c, "its offer was generous").speaker,
        "Nordhavn Logistics"
    );
    assert_eq!(
        find(&c, "hired replacement workers").speaker,
        "Nordhavn Logistics"
    );
}

#[test]
fn a_relative_clause_verb_is_not_the_credit() {
    let c = claims_of(
        "Superintendent Alan Brooks, who proposed the plan in March, told reporters the board \
         would hold two more hearings.",
    );
    let r = find(&c, "two more hearings");
    assert_eq!(r.speaker, "Alan Brooks");
    assert!(r.text.starts_with("the board would"), "{:?}", r.text);
}

/// A paragraph is usually about one person: "he said" after "Rinaldi himself was calmer" in the
/// same paragraph is Rinaldi, not the previous paragraph's speaker.
#[test]
fn pronoun_in_a_paragraph_about_one_person_is_that_person() {
    let c = claims_of(
        "The club denied reports that manager Paolo Rinaldi would be sacked.\n\
         \"Paolo has our full support,\" the club's chairman, Simon Hale, said.\n\
         Rinaldi himself was calmer. Asked about his future, he said: \"I think about the next match.\"",
    );
    assert_eq!(find(&c, "the next match").speaker, "Paolo Rinaldi");
    assert_eq!(find(&c, "has our full support").speaker, "Simon Hale");
}

#[test]
fn family_name_first_names_are_later_the_family_name() {
    let c = claims_of(
        "\"We cannot find enough technicians,\" chief executive Li Wei said.\n\
         Li rejected that suggestion. \"Our order book has never been stronger,\" he told reporters.",
    );
    assert_eq!(find(&c, "never been stronger").speaker, "Li Wei");
}

#[test]
fn a_document_speaks_for_whoever_filed_it() {
    let c = claims_of(
        "The lawsuit, filed by a group of homeowners, alleges that the ban cost them lost income.",
    );
    assert_eq!(find(&c, "the ban cost them").speaker, "group of homeowners");
}

#[test]
fn a_time_phrase_after_said_is_not_part_of_the_claim() {
    let c = claims_of("Veridian Chips said on Wednesday it would delay the factory.");
    let delay = find(&c, "would delay the factory");
    assert_eq!(delay.speaker, "Veridian Chips");
    assert!(delay.text.starts_with("it would delay"), "{:?}", delay.text);
}

#[test]
fn a_leading_but_is_not_part_of_the_speaker() {
    let c = claims_of("But two people close to the owners said a replacement had been approached.");
    assert_eq!(
        find(&c, "a replacement had been approached").speaker,
        "two people close to the owners"
    );
}

/// "Marsh rejected that claim" denies the claim just made by someone else: `denies` names it,
/// and scoring reads its text as the denied proposition. Text and offsets stay the evidence.
#[test]
fn a_denial_of_that_claim_points_back_to_it() {
    let x = extract(vec![article(
        "Council member Rita Sandoval said the libraries had lost half their visitors.\n\
         Head librarian Owen Marsh rejected that claim. \"Visits have gone up,\" he said.\n\
         Mayor Dennis Webb said the cut would not close any branch. The union disputed that \
         assessment, saying two branches would shut.\n\
         Webb denied that the council had acted in secret.",
    )]);
    let by_text = |t: &str| x.claims.iter().position(|c| c.text.contains(t)).unwrap();
    let marsh = &x.claims[by_text("that claim")];
    let sandoval = &x.claims[by_text("lost half their visitors")];
    assert_eq!(
        (marsh.kind, marsh.speaker.as_str()),
        (ClaimKind::Denial, "Owen Marsh")
    );
    assert_eq!(marsh.denies.as_deref(), Some(sandoval.id.as_str()));
    assert_eq!(marsh.proposition(&x.claims), sandoval.text);
    let union = &x.claims[by_text("that assessment")];
    assert_eq!(
        union.proposition(&x.claims),
        "the cut would not close any branch"
    );
    // A denial with its own clause points nowhere.
    let webb = &x.claims[by_text("acted in secret")];
    assert_eq!(webb.denies, None);
    assert_eq!(webb.proposition(&x.claims), webb.text);
}

/// A negated claim that names whose proposition it negates denies that person's claim on the
/// same topic, wherever it stands in the article; one that names nobody, or someone with no
/// claim on the topic, denies nothing.
#[test]
fn a_rebuttal_that_names_the_other_side_denies_their_claim() {
    let x = extract(vec![article(
        "Talks\n\n\
         \"There is no plan to divide the work around the port, as suggested by Foreign \
         Minister Ivan Petrov,\" spokeswoman Dana Lee said.\n\
         Petrov said on Monday that the two navies would share the patrols.\n\
         Petrov also said the Americans had proposed a division of the work around the port.\n\
         \"We have no plans to cut the budget, contrary to what Senator Alan Brooks said,\" \
         Lee added.\n\
         \"We will not sign the treaty,\" Petrov said.",
    )]);
    let by_text = |t: &str| x.claims.iter().position(|c| c.text.contains(t)).unwrap();
    let lee = &x.claims[by_text("no plan to divide")];
    let proposal = &x.claims[by_text("proposed a division")];
    assert_eq!(lee.kind, ClaimKind::Denial);
    assert_eq!(lee.denies.as_deref(), Some(proposal.id.as_str()));
    assert_eq!(lee.proposition(&x.claims), proposal.text);
    // Brooks says nothing in this article: nothing to deny.
    let budget = &x.claims[by_text("cut the budget")];
    assert_eq!(
        (budget.kind, budget.denies.as_deref()),
        (ClaimKind::Quote, None)
    );
    // Not a rebuttal: negated, but names no one.
    let treaty = &x.claims[by_text("sign the treaty")];
    assert_eq!(treaty.denies, None);
}

/// A wire dateline is not a speaker, and a title credited before the name is given is the
/// person named later.
#[test]
fn a_title_credited_before_the_name_is_the_person_named_later() {
    let c = claims_of(
        "KYIV, March 3 (Reuters) - Ukraine's energy minister said on Monday that Russia had \
         walked away from talks.\n\
         \"They left the table,\" Energy Minister Olena Kovalenko told reporters.",
    );
    assert_eq!(
        find(&c, "walked away from talks").speaker,
        "Olena Kovalenko"
    );
    assert!(c.iter().all(|x| !x.speaker.contains("KYIV")));
}

#[test]
fn was_quoted_as_saying_credits_the_speaker() {
    let c = claims_of(
        "Russian Deputy Prime Minister Alexander Novak said flows would continue.\n\
         \"It is Kyiv that has made talks impossible,\" Novak was quoted as saying by Interfax.",
    );
    assert_eq!(find(&c, "made talks impossible").speaker, "Alexander Novak");
}

#[test]
fn an_unnamed_official_with_a_participle_clause_is_the_speaker() {
    let c = claims_of(
        "A Commission official, speaking on condition of anonymity, said Brussels was preparing \
         for a cut.",
    );
    assert_eq!(
        find(&c, "Brussels was preparing").speaker,
        "Commission official"
    );
}

#[test]
fn and_said_after_another_verb_credits_the_subject() {
    let c = claims_of(
        "Health Minister Tomas Vidal called the claims irresponsible and said the government \
         was publishing every case.",
    );
    assert_eq!(find(&c, "publishing every case").speaker, "Tomas Vidal");
}

#[test]
fn a_that_inside_the_clause_does_not_cut_the_claim() {
    let c = claims_of("The ministry said the figures included deaths that had not been confirmed.");
    let figures = find(&c, "not been confirmed");
    assert!(
        figures.text.starts_with("the figures included"),
        "{:?}",
        figures.text
    );
}

#[test]
fn a_saying_clause_after_another_verb_credits_the_subject() {
    let c = claims_of(
        "Finance Minister Jane Cole defended the plan on Monday, saying it would create jobs.",
    );
    assert_eq!(find(&c, "it would create jobs").speaker, "Jane Cole");
}

#[test]
fn a_document_after_according_to_is_the_source() {
    let c = claims_of(
        "Heart disease is 30 percent more likely, according to a study published on Wednesday.\n\
         Sleep helps memory, according to a report by the BBC.",
    );
    assert_eq!(find(&c, "30 percent more likely").speaker, "study");
    assert_eq!(find(&c, "Sleep helps memory").speaker, "BBC");
}

#[test]
fn said_description_then_name_credits_the_name() {
    let c = claims_of(
        "\"The risk was clear,\" said the study's lead author, Dr. Nadia Hussain of Boston University.",
    );
    assert_eq!(find(&c, "The risk was clear").speaker, "Nadia Hussain");
}

#[test]
fn a_denial_verb_wins_over_a_saying_clause() {
    let c = claims_of(
        "Union chief Ed Marsh said maintenance was skipped.\n\
         Grant rejected that claim, saying the union had ignored maintenance costs.",
    );
    assert_eq!(
        find(&c, "ignored maintenance costs").kind,
        ClaimKind::Denial
    );
}

#[test]
fn narrator_claims_are_marked_and_credited_to_the_publication() {
    let mut a = article("Floodwater receded from the lower streets of the town on Sunday.");
    a.source = Some("Harbor Gazette".into());
    let x = extract(vec![a]);
    let n = find(&x.claims, "Floodwater receded");
    assert_eq!(
        (n.kind, n.speaker.as_str()),
        (ClaimKind::Narrator, "Harbor Gazette")
    );
}

#[test]
fn editorial_brackets_are_dropped_from_names_and_text() {
    let c = claims_of(
        "“I’ve seen no indication that it will [take place],” said [Russian] Foreign Minister [Sergey] Lavrov.",
    );
    let q = find(&c, "no indication");
    assert_eq!(q.text, "I've seen no indication that it will take place,");
    assert_eq!(q.speaker, "Sergey Lavrov");
    assert_eq!(q.org.as_deref(), Some("Russia"));
}

#[test]
fn unbalanced_quotes_do_not_swallow_the_article() {
    let c = claims_of(
        "“We will fight on, the mayor said without a closing mark.\n\nThe council met on Monday to discuss the budget for next year.",
    );
    let narrator = find(&c, "council met on Monday");
    assert_eq!(narrator.kind, ClaimKind::Narrator);
}

fn fixtures() -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(common::fixture("extract"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

fn run_eval(paths: &[std::path::PathBuf]) -> (Extraction, contra_text::claims::eval::Report) {
    let mut articles = Vec::new();
    let mut gold = Vec::new();
    for p in paths {
        let a = parse_input(&p.display().to_string(), std::fs::read(p).unwrap())
            .unwrap()
            .remove(0);
        let stem = p.file_stem().unwrap().to_string_lossy();
        gold.push((
            a.id.clone(),
            read_gold(&common::fixture("extract").join(format!("{stem}.gold.jsonl"))).unwrap(),
        ));
        articles.push(a);
    }
    let x = extract(articles);
    let r = score(&x, &gold);
    (x, r)
}

#[test]
fn fixture_articles_meet_speaker_accuracy_and_recall_targets() {
    let paths = fixtures();
    assert!(paths.len() >= 12, "at least 12 fixture articles");
    let (_, r) = run_eval(&paths);
    eprintln!(
        "fixtures: recall {:.3}, speaker accuracy {:.3}, misattributions {:?}",
        r.claim_recall, r.speaker_accuracy, r.misattributions
    );
    assert!(r.claim_recall >= 0.90, "claim recall {}", r.claim_recall);
    assert!(
        r.speaker_accuracy >= 0.95,
        "speaker accuracy {}",
        r.speaker_accuracy
    );
}

#[test]
fn seed_article_attributes_every_key_claim() {
    let seed = common::seed();
    let (x, r) = run_eval(&[seed]);
    assert!(
        r.misattributions.is_empty() && r.missed.is_empty(),
        "{r:#?}"
    );
    // Putin's statements are his, never Kirby's or Lavrov's.
    let putin: Vec<&Claim> = x
        .claims
        .iter()
        .filter(|c| c.speaker == "Vladimir Putin")
        .collect();
    // Four quoted pieces, two of them one quote that "he said" interrupts: three claims.
    assert_eq!(putin.len(), 3, "{putin:#?}");
    let kirby = x
        .claims
        .iter()
        .filter(|c| c.speaker == "John Kirby")
        .count();
    let lavrov = x
        .claims
        .iter()
        .filter(|c| c.speaker == "Sergei Lavrov")
        .count();
    assert_eq!((kirby, lavrov), (2, 3));
}

#[test]
fn name_variants_merge_within_and_across_articles() {
    let dir = common::fixture("extract");
    let (x, _) = run_eval(&[dir.join("08_variants_a.txt"), dir.join("09_variants_b.txt")]);
    let ids = |surname: &str| {
        let mut v: Vec<&str> = x
            .claims
            .iter()
            .filter(|c| c.speaker.ends_with(surname))
            .map(|c| c.speaker_id.as_str())
            .collect();
        v.dedup();
        v
    };
    assert_eq!(
        ids("Lavrov").len(),
        1,
        "one identity for Sergei/Sergey Lavrov"
    );
    assert_eq!(
        ids("Volkov").len(),
        1,
        "one identity for Dmitry/Dmitri Volkov"
    );
    let lavrov = x
        .speakers
        .iter()
        .find(|s| s.name == "Sergei Lavrov")
        .unwrap();
    assert!(
        lavrov.aliases.iter().any(|a| a.contains("Sergey")),
        "{lavrov:?}"
    );
}

#[test]
fn a_bare_surname_of_another_article_is_not_renamed_by_a_namesake() {
    let run = |texts: &[&str]| {
        let articles = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::from_plain(&format!("a{i}.txt"), format!("Headline\n\n{t}")))
            .collect();
        extract(articles).claims
    };
    // Two people share the surname: the bare "Trump" of the third article may be either, so
    // "Ivanka Trump" in the fourth is not taken to be them, and "Ivana" is not "Ivanka".
    let c = run(&[
        "Ivana Trump said she was proud of her children.",
        "Donald Trump said the wall would be built.",
        "Clinton attacked Trump again. Trump has proposed banning Muslims from entering the country.",
        "Ivanka Trump said her father would help working mothers.",
    ]);
    assert_eq!(find(&c, "banning Muslims").speaker, "Trump");
    assert_eq!(find(&c, "help working mothers").speaker, "Ivanka Trump");
    assert_eq!(find(&c, "proud of her children").speaker, "Ivana Trump");
    // One person of the run has the surname: the full name in a later article is the same
    // person as the bare one.
    let c = run(&[
        "In an interview, Ginsburg said she could not imagine the result.",
        "Ruth Bader Ginsburg said she regretted her remarks.",
    ]);
    assert_eq!(
        find(&c, "could not imagine").speaker_id,
        find(&c, "regretted her remarks").speaker_id
    );
    assert_eq!(find(&c, "could not imagine").speaker, "Ruth Bader Ginsburg");
}

#[test]
fn json_output_keeps_the_contract_and_offsets_point_at_the_evidence() {
    let path = common::fixture("extract/01_flood_split_quotes.txt");
    let o = contra(&["extract", "--format", "json", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let source: Vec<char> = std::fs::read_to_string(&path).unwrap().chars().collect();
    let a = &v["articles"][0];
    for k in ["id", "path", "title"] {
        assert!(a[k].is_string(), "articles[].{k}");
    }
    let claims = v["claims"].as_array().unwrap();
    assert!(claims.len() >= 8);
    for c in claims {
        for k in ["id", "article", "speaker", "text", "kind"] {
            assert!(c[k].is_string(), "claims[].{k} in {c}");
        }
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        let clean = |s: usize, e: usize| {
            contra_text::article::normalize::clean(&source[s..e].iter().collect::<String>())
        };
        // A quote its credit interrupts lists its pieces: the text is theirs, joined, and they
        // lie inside start..end in order.
        let parts: Vec<(usize, usize)> = match c["parts"].as_array() {
            None => vec![(s, e)],
            Some(ps) => ps
                .iter()
                .map(|p| {
                    (
                        p[0].as_u64().unwrap() as usize,
                        p[1].as_u64().unwrap() as usize,
                    )
                })
                .collect(),
        };
        assert_eq!((parts[0].0, parts[parts.len() - 1].1), (s, e), "{c}");
        assert!(parts.windows(2).all(|w| w[0].1 <= w[1].0), "{c}");
        let pieces: Vec<String> = parts.iter().map(|&(s, e)| clean(s, e)).collect();
        assert_eq!(
            pieces.join(" "),
            c["text"].as_str().unwrap(),
            "offsets {s}..{e} must cover the claim text"
        );
    }
    // The fixture's split quotes are one claim each, with their pieces.
    assert!(claims.iter().any(|c| c["parts"].is_array()));
}

#[test]
fn reads_json_jsonl_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("two.jsonl");
    std::fs::write(
        &jsonl,
        "{\"title\":\"One\",\"text\":\"“We are ready,” said Mayor Linda Park.\"}\n{\"title\":\"Two\",\"body\":\"Park said the bridge would reopen in June.\",\"source\":\"Gazette\"}\n",
    )
    .unwrap();
    let o = contra(&["extract", "--format", "json", jsonl.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 2);
    let speakers: Vec<&str> = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["speaker"].as_str().unwrap())
        .collect();
    assert_eq!(
        speakers,
        ["Linda Park", "Linda Park"],
        "surname resolves across articles"
    );

    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_contra"))
        .args(["extract", "--format", "json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Headline\n\n“No deal,” said Senator Walter Briggs.".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"][0]["path"], "-");
    assert_eq!(v["claims"][0]["speaker"], "Walter Briggs");
}

#[test]
fn bad_input_is_a_clear_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 5] = [
        (
            "latin1.txt",
            b"Caf\xe9 news\n\nThe mayor said no.",
            "not UTF-8 text (invalid byte at offset 3)",
        ),
        ("empty.txt", b"  \n\n", "empty"),
        ("binary.bin", b"\x7fELF\x00\x01\x02", "binary"),
        ("bad.json", b"{\"title\": \"x\", \"text\": ", "invalid JSON"),
        ("nobody.json", b"{\"title\": \"x\"}", "\"text\""),
    ];
    for (name, bytes, expected) in cases {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        let o = contra(&["extract", p.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{name}");
        let err = stderr(&o);
        assert!(
            err.contains(name) && err.contains(expected),
            "{name}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    let o = contra(&["extract", "/nonexistent/article.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("/nonexistent/article.txt"));
    // The cause is said once, not once per level of the error chain.
    assert_eq!(
        stderr(&o).matches("No such file").count(),
        1,
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_headline_without_a_body_has_no_claims() {
    assert!(
        extract(vec![Article::from_plain("t", "Only a headline".into())])
            .claims
            .is_empty()
    );
}

#[test]
fn a_five_megabyte_article_keeps_one_identity_per_speaker() {
    let para = "“We will rebuild every house on this street,” Mayor Linda Park said. The council would meet on Wednesday, she said, and approve the funds. Floodwater receded from the lower streets on Sunday morning.\n\n";
    let mut text = String::from("Big file\n\n");
    while text.len() < 5 * 1024 * 1024 {
        text.push_str(para);
    }
    // All of it read (limit raised) as scoring reads it: the repeats collapse to one claim
    // each, one identity.
    let start = std::time::Instant::now();
    let all = contra_text::claims::Limits {
        max_article_bytes: 10 << 20,
        ..Default::default()
    };
    let x =
        contra_text::claims::extract_with(vec![Article::from_plain("big.txt", text.clone())], &all);
    eprintln!(
        "5 MB article: {} claims, {} repeats in {:?}",
        x.claims.len(),
        x.limited.repeated_claims,
        start.elapsed()
    );
    assert!(x.claims.len() <= 5, "{}", x.claims.len());
    assert!(x.limited.repeated_claims > 70_000);
    assert_eq!(x.limited.articles_cut, 0);
    assert!(x.claims.iter().all(|c| c.start <= c.end));
    assert_eq!(
        x.speakers.iter().filter(|s| s.name == "Linda Park").count(),
        1
    );
    // The default limit reads the first megabyte.
    let x = extract(vec![Article::from_plain("big.txt", text)]);
    assert_eq!(x.limited.articles_cut, 1);
    assert!(x.articles[0].text.len() <= 1_000_000);
}

#[test]
fn a_party_and_state_tag_is_not_part_of_the_name() {
    let c = claims_of(
        "Sen. Claire McCaskill (D-Mo.) said the bill would fail in the Senate.\n\
         Governor Mary Fallin (R-OK) said the nominee was trying to campaign as a healer.",
    );
    assert_eq!(find(&c, "the bill would fail").speaker, "Claire McCaskill");
    assert_eq!(find(&c, "campaign as a healer").speaker, "Mary Fallin");
}

#[test]
fn an_adverb_between_subject_and_verb_is_skipped() {
    let c = claims_of("Senator Hillary Clinton now says the plan would work for everyone.");
    let r = find(&c, "the plan would work");
    assert_eq!(
        (r.speaker.as_str(), r.kind),
        ("Hillary Clinton", ClaimKind::Reported)
    );
}

#[test]
fn a_speech_participle_after_a_comma_credits_the_subject() {
    let c = claims_of(
        "Mayor Linda Park attacked the budget, claiming that it would cost jobs.\n\
         Governor Tom Reyes defended the cuts, telling reporters that the state had no choice.",
    );
    assert_eq!(find(&c, "it would cost jobs").speaker, "Linda Park");
    let told = find(&c, "the state had no choice");
    assert_eq!(told.speaker, "Tom Reyes");
    assert!(told.text.starts_with("the state"), "{:?}", told.text);
}

#[test]
fn a_long_clause_before_the_subject_does_not_hide_the_verb() {
    let c = claims_of(
        "Speaking at a crowded town hall meeting in Salem on Monday evening after a long day of \
         campaigning across the state, Senator Marco Rubio said the race was far from over.",
    );
    assert_eq!(
        find(&c, "the race was far from over").speaker,
        "Marco Rubio"
    );
}

#[test]
fn a_trailing_plural_credit_ends_the_sentence() {
    let c =
        claims_of("The tax plans would have no major impact on the middle class, analysts say.");
    let r = find(&c, "no major impact");
    assert_eq!(
        (r.speaker.as_str(), r.kind),
        ("analysts", ClaimKind::Reported)
    );
}

#[test]
fn groups_and_poll_shares_are_described_speakers() {
    let c = claims_of(
        "Clinton advisers say any efforts to muscle him out could backfire.\n\
         Still, 52 percent of registered voters say they would consider voting for each Democrat.",
    );
    assert_eq!(find(&c, "could backfire").speaker, "clinton advisers");
    assert!(find(&c, "consider voting").speaker.contains("percent"));
}

#[test]
fn a_poll_after_according_to_is_the_source() {
    let c = claims_of(
        "Voters view the senator as likable and honest, according to a new Associated Press-GfK poll.",
    );
    let r = find(&c, "likable and honest");
    assert_eq!(r.kind, ClaimKind::Reported);
    assert!(r.speaker.contains("poll"), "{:?}", r.speaker);
}

#[test]
fn a_description_after_a_name_describes_that_person() {
    let c = claims_of(
        "Former captain Jamie Cole, now a television pundit, said the club was in crisis.",
    );
    assert_eq!(find(&c, "the club was in crisis").speaker, "Jamie Cole");
}

#[test]
fn descriptions_of_candidates_and_news_outlets_are_speakers() {
    let c = claims_of(
        "The billionaire said he would not release his tax returns before the election.\n\
         The magazine said the cookie poll winner had predicted the White House winner.",
    );
    assert_eq!(
        find(&c, "release his tax returns").kind,
        ClaimKind::Reported
    );
    assert_eq!(find(&c, "cookie poll winner").speaker, "the magazine");
}

#[test]
fn a_quote_after_a_credited_sentence_is_that_speakers() {
    let c = claims_of(
        "Yet Trump is also a \"change agent,\" Cole said. \"That's exactly what people want right now.\"",
    );
    assert_eq!(find(&c, "exactly what people want").speaker, "Cole");
}

#[test]
fn said_name_of_organisation_credits_the_name() {
    let c = claims_of(
        "\"Trump's showing raises questions about how he will handle defeat,\" says Stu Rothenberg \
         of the non-partisan Rothenberg-Gonzales Political Report.",
    );
    assert_eq!(find(&c, "handle defeat").speaker, "Stu Rothenberg");
}

#[test]
fn said_the_description_credits_an_unnamed_speaker() {
    let c = claims_of(
        "\"It's hard enough emotionally to come back to work,\" said the designer, who works for \
         another brand.",
    );
    assert_eq!(find(&c, "come back to work").speaker, "designer");
}

#[test]
fn a_label_after_calling_is_the_callers_quote() {
    let c = claims_of(
        "On Twitter, Former Florida Gov. Jeb Bush called Trump “unhinged.” Sen. Marco Rubio called \
         the statement “offensive and outlandish.”",
    );
    let q = find(&c, "offensive and outlandish");
    assert_eq!(
        (q.speaker.as_str(), q.kind),
        ("Marco Rubio", ClaimKind::Quote)
    );
    assert_eq!(find(&c, "unhinged").kind, ClaimKind::Quote);
}

/// Regression: the calling check walked back from a quote with a byte offset inside "”".
#[test]
fn a_curly_quote_before_a_calling_label_is_no_char_boundary_trap() {
    let c = claims_of(
        "He cited “the briefing” and called it “a disgrace.” Obama’s aides called the report “a smear.”",
    );
    assert!(c.iter().all(|x| x.start <= x.end));
}

#[test]
fn a_named_audience_after_told_is_not_part_of_the_claim() {
    let c = claims_of(
        "At least a dozen members of Congress told The Huffington Post she thinks the House is \
         within reach.\n\
         Donald Trump told a town hall in Salem, New Hampshire on Monday that waterboarding is \
         not torture.",
    );
    let r = find(&c, "the House is within reach");
    assert!(r.text.starts_with("she thinks"), "{:?}", r.text);
    assert!(r.speaker.contains("members of Congress"), "{:?}", r.speaker);
    let w = find(&c, "waterboarding");
    assert!(w.text.starts_with("waterboarding"), "{:?}", w.text);
}

#[test]
fn a_credit_set_off_by_commas_inside_the_sentence() {
    // Followed by who the speaker is: the claim is the clause before the credit.
    let c = claims_of(
        "The levy will not pass this year, said Nora Fields, a lecturer in law at Kingston College, who has studied the budget.",
    );
    let levy = find(&c, "levy will not pass");
    assert_eq!(levy.speaker, "Nora Fields");
    assert!(!levy.text.contains("lecturer"), "{levy:?}");
    // A parenthetical credit after a short opener: the claim is the clause after it.
    let c = claims_of(
        "Ralph Ostrander said the vote was close.\n\nIn the end, Mr. Ostrander said, the council would back down.",
    );
    let back = find(&c, "council would back down");
    assert_eq!(back.speaker, "Ralph Ostrander");
    assert!(!back.text.contains("In the end"), "{back:?}");
    // "said on a radio show," is a place, not a speaker.
    let c = claims_of("The levy failed, said on a radio show, was a disgrace to the town.");
    assert!(c.iter().all(|c| c.speaker != "a radio show"), "{c:#?}");
}

#[test]
fn a_sentence_that_opens_with_its_subject_reaches_a_distant_verb() {
    let c = claims_of(
        "Ralph Ostrander, a Vermont dairy farmer who had been a member of the county board until he stepped down last spring, said the new rules were unfair to small farms.",
    );
    assert_eq!(find(&c, "rules were unfair").speaker, "Ralph Ostrander");
}

#[test]
fn described_groups_and_people_are_speakers() {
    let c = claims_of("One longtime friend said the move had been planned for years.");
    assert_eq!(
        find(&c, "move had been planned").speaker,
        "one longtime friend"
    );
    let c = claims_of("Former employees said the office stayed open past midnight.");
    assert_eq!(
        find(&c, "stayed open past midnight").speaker,
        "former employees"
    );
}

#[test]
fn doubled_apostrophes_are_quotation_marks() {
    let c = claims_of("''We are done with this levy,'' said Nora Fields, a lecturer.");
    let q = find(&c, "We are done with this levy");
    assert_eq!(q.kind, ClaimKind::Quote);
    assert_eq!(q.speaker, "Nora Fields");
    assert!(!q.text.contains("''"), "{q:?}");
}

#[test]
fn a_described_speaker_without_a_listed_head_noun() {
    let c = claims_of("The GOP speechwriter said the deal-breaker was the tax plan.");
    assert_eq!(find(&c, "deal-breaker").speaker, "GOP speechwriter");
    // Not a speaker: a thing ("The debate promised ...") or a number ("The two states ...").
    let c = claims_of("The debate promised to be a crucial moment for the senator.");
    assert!(c.iter().all(|c| c.kind == ClaimKind::Narrator), "{c:#?}");
    let c = claims_of("The two states hold primaries on March 1 and vote early.");
    assert!(c.iter().all(|c| c.kind == ClaimKind::Narrator), "{c:#?}");
}

#[test]
fn a_trailing_credit_may_end_with_a_day_but_told_takes_no_clause() {
    let c = claims_of(
        "The minister will visit the border next week, Israeli officials said Wednesday.",
    );
    assert_eq!(find(&c, "visit the border").speaker, "Israeli officials");
    let c = claims_of(
        "Asked about it after the debate, Ruiz told reporters that he believed the story was made up.",
    );
    let claim = find(&c, "story was made up");
    assert!(!claim.text.contains("Asked about it"), "{claim:?}");
}

#[test]
fn reported_speech_before_a_quote_is_a_claim_too() {
    let c = claims_of(
        "Carlos Ruiz spoke in Salem on Monday.\n\nHe says he respects the mayor and calls her “an excellent candidate.”",
    );
    let r = find(&c, "he respects the mayor");
    assert_eq!(r.kind, ClaimKind::Reported);
    assert_eq!(r.speaker, "Carlos Ruiz");
    // A credit that only introduces the quote is not a claim.
    let c = claims_of("Ruiz said at a news conference in Salem, “We will not raise the levy.”");
    assert!(
        c.iter().all(|c| !c.text.contains("news conference")),
        "{c:#?}"
    );
}

#[test]
fn reported_speech_by_a_pronoun_with_no_antecedent_is_still_a_claim() {
    let c = claims_of("She said she had no plans to run for the seat again.");
    let r = find(&c, "no plans to run");
    assert_eq!(r.kind, ClaimKind::Reported);
    assert_eq!(r.speaker, "unknown");
}

#[test]
fn a_pronoun_opening_a_paragraph_means_whom_the_last_one_ended_on() {
    // Whom the previous paragraph was about, not the last person credited with a claim.
    let c = claims_of(
        "Mayor Linda Park said the bridge would reopen in May.\n\nCouncillor Tom Reyes was not impressed.\n\n“Nobody believes that date,” he said.",
    );
    assert_eq!(find(&c, "Nobody believes that date").speaker, "Tom Reyes");
    // A sentence that opens with a described person puts that person in focus too.
    let c = claims_of(
        "Mayor Linda Park said the bridge would reopen in May.\n\nFormer harbor master Tom Reyes, a critic of the plan, was even blunter.\n\n“Nobody believes that date,” he said.",
    );
    assert_eq!(find(&c, "Nobody believes that date").speaker, "Tom Reyes");
}

#[test]
fn outlets_are_organisations_and_their_journalists_people() {
    let ex = extract(vec![article(
        "CNN's Wolf Blitzer said the race was close.\n\nThe Daily Caller reported that the bill failed.\n\nThe bridge will reopen, said Julia Pierson Tuesday.\n\nWestern Journalism reported that the email was sent in 2012.",
    )]);
    let kind_of = |name: &str| {
        ex.speakers
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("no speaker {name}: {:#?}", ex.speakers))
            .kind
    };
    assert_eq!(format!("{:?}", kind_of("Wolf Blitzer")), "Person");
    assert_eq!(format!("{:?}", kind_of("Daily Caller")), "Org");
    // A publication named after its subject: "Journalism" is nobody's surname.
    assert_eq!(format!("{:?}", kind_of("Western Journalism")), "Org");
    assert_eq!(
        find(&ex.claims, "bridge will reopen").speaker,
        "Julia Pierson"
    );
}

#[test]
fn party_state_and_title_abbreviations_are_not_part_of_a_name() {
    let ex = extract(vec![
        article("California Republican Rep. Duncan Hunter said the war was over."),
        article("Republican Duncan Hunter said the troops should come home."),
        article("Rep. Hunter said the report was wrong."),
    ]);
    let hunters: Vec<&str> = ex
        .claims
        .iter()
        .filter(|c| c.kind != ClaimKind::Narrator)
        .map(|c| c.speaker.as_str())
        .collect();
    assert_eq!(hunters, ["Duncan Hunter"; 3], "{:#?}", ex.claims);
}

#[test]
fn one_person_whatever_role_or_title_style_the_outlets_use() {
    let ex = extract(vec![
        article("WHO spokesman Christy Feig said the tests were negative."),
        article("WHO spokeswoman Christy Feig said more tests were needed.\n\nMs Feig said the results would come on Friday."),
        article("Sgt Michael Woody said the road was closed.\n\nSgt Woody said it would reopen."),
    ]);
    let speakers_of = |frag: &str| find(&ex.claims, frag).speaker_id.clone();
    assert_eq!(
        speakers_of("tests were negative"),
        speakers_of("more tests were needed")
    );
    assert_eq!(
        speakers_of("tests were negative"),
        speakers_of("results would come")
    );
    assert_eq!(
        speakers_of("road was closed"),
        speakers_of("it would reopen")
    );
}

#[test]
fn what_a_speaker_called_for_or_called_something_is_their_claim() {
    let c = claims_of("Councillor Tom Reyes called the merger a terrible deal for the town.");
    assert_eq!(find(&c, "merger a terrible deal").speaker, "Tom Reyes");
    let c = claims_of("Councillor Tom Reyes called for an inquiry into the repair costs.");
    assert_eq!(
        find(&c, "an inquiry into the repair costs").speaker,
        "Tom Reyes"
    );
}

#[test]
fn a_relative_clause_with_a_place_in_it_is_skipped_to_its_subject() {
    let c = claims_of(
        "Mayor Linda Park, who was to travel to Columbus, Ohio, on Wednesday, said the bridge would reopen in May.",
    );
    assert_eq!(find(&c, "bridge would reopen").speaker, "Linda Park");
}

#[test]
fn an_aside_in_parentheses_is_never_the_credit() {
    let c = claims_of(
        "Another resident, Andrei Kazaryan (who the magazine suggests was one of the investigators), said, “I heard footsteps and we were sure nobody was around.”",
    );
    assert_eq!(find(&c, "I heard footsteps").speaker, "Andrei Kazaryan");
}

#[test]
fn a_surname_spelled_two_ways_under_one_first_name_is_one_person() {
    let ex = extract(vec![
        article("Andrei Kazaryan said he heard footsteps near the house."),
        article("Andrei Kazarian said the footprints were huge."),
        article("Andrea Kazarian said nothing was found."),
    ]);
    let id = |frag: &str| find(&ex.claims, frag).speaker_id.clone();
    assert_eq!(id("heard footsteps"), id("footprints were huge"));
    assert_ne!(id("heard footsteps"), id("nothing was found"));
}

#[test]
fn openers_time_stamps_and_pronouns_of_address_name_no_one() {
    let c = claims_of("11.18 Immediately, police said the man had been arrested.");
    assert_eq!(find(&c, "man had been arrested").speaker, "police");
    let c = claims_of("Under the new rules, the council said, fines would double.");
    assert!(c.iter().all(|c| c.speaker != "Under"), "{c:#?}");
}

#[test]
fn a_show_title_in_quotes_is_not_an_utterance() {
    // “This Week,” is a programme; the sentence's own reported speech is the claim.
    let c = claims_of(
        "Speaking Sunday on ABC's “This Week,” Ruiz admitted that the course name in his book was wrong.",
    );
    assert!(c.iter().all(|c| c.text != "This Week,"), "{c:#?}");
    assert_eq!(find(&c, "course name in his book").speaker, "Ruiz");
}

#[test]
fn a_short_predicate_around_a_parenthetical_credit_keeps_its_subject() {
    let c = claims_of("Carlos Ruiz spoke in Salem.\n\nThis campaign, he says, is different.");
    let claim = find(&c, "is different");
    assert_eq!(claim.speaker, "Carlos Ruiz");
    assert!(claim.text.starts_with("This campaign"), "{claim:?}");
}

#[test]
fn an_inverted_credit_inside_the_sentence_keeps_both_sides() {
    let c = claims_of(
        "Jim Doyle spoke in Madison.\n\nThe contrast with Trump, said Jim Doyle, would be clear since Trump has no former presidents by his side.",
    );
    let claim = find(&c, "would be clear");
    assert_eq!(claim.speaker, "Jim Doyle");
    assert_eq!(
        claim.text,
        "The contrast with Trump would be clear since Trump has no former presidents by his side"
    );
    assert_eq!(claim.parts.len(), 2, "{claim:?}");
}

#[test]
fn a_second_act_of_speech_after_a_quote_is_a_claim() {
    let c = claims_of(
        "“We will rebuild,” Mayor Linda Park said on Tuesday, adding that the council would meet to approve emergency funds.",
    );
    assert_eq!(find(&c, "council would meet").speaker, "Linda Park");
    // The quote's own credit, with its time and place, is not.
    let c = claims_of("“We will rebuild,” Mayor Linda Park said on Tuesday during a visit to the harbor in Riverside.");
    assert!(
        c.iter().all(|c| !c.text.contains("visit to the harbor")),
        "{c:#?}"
    );
}

#[test]
fn a_source_speaking_somewhere_is_the_source() {
    let c = claims_of(
        "Another intelligence source speaking to Fox News said, “The agents are under pressure.”",
    );
    assert_eq!(
        find(&c, "agents are under pressure").speaker,
        "another intelligence source"
    );
}

#[test]
fn a_few_lower_case_words_before_a_name_describe_the_person() {
    let c = claims_of("Former tech executive Carly Fiorina said the plan was dead on arrival.");
    let claim = find(&c, "plan was dead");
    assert_eq!(claim.speaker, "Carly Fiorina");
    assert_eq!(claim.role.as_deref(), Some("former tech executive"));
}

#[test]
fn a_description_after_a_name_gives_role_and_organisation() {
    // The role was the description's last word: "ministry" for a spokeswoman of it.
    let c = claims_of(
        "Maria Lopez, a spokeswoman for the ministry, said the talks had stalled. Tom Reyes, chief of staff at Acme Corp, said the plant would stay open.",
    );
    let lopez = find(&c, "talks had stalled");
    assert_eq!(
        (lopez.role.as_deref(), lopez.org.as_deref()),
        (Some("spokeswoman"), Some("ministry"))
    );
    let reyes = find(&c, "plant would stay open");
    assert_eq!(
        (reyes.role.as_deref(), reyes.org.as_deref()),
        (Some("chief of staff"), Some("Acme Corp"))
    );
    // A description that is no mention of its own ("vice president ..." with no article).
    let c = claims_of(
        "Dan Ortiz, vice president of university communications at Elon, told the paper there is no ban on the word.",
    );
    let ortiz = find(&c, "no ban on the word");
    assert_eq!(ortiz.speaker, "Dan Ortiz");
    assert_eq!(
        (ortiz.role.as_deref(), ortiz.org.as_deref()),
        (
            Some("vice president of university communications"),
            Some("Elon")
        )
    );
    // "official data" is data: no person "Sure" with a role.
    let c = claims_of("Sure, official data suggest that the world's production peaked in 2013.");
    assert!(c.iter().all(|c| c.speaker != "Sure"), "{c:#?}");
}

/// Quote credits that real news writes and fixtures did not: a long description between the
/// name and its verb, a credit that closes the sentence, a participle after the clause, a
/// description before the name, a party tag between commas, a quote-only verb.
#[test]
fn quote_credits_of_real_news_shapes() {
    let cases = [
        (
            "“The law harms everyone,” Robert Hale, attorney for one of four groups to file suit over the law, said in a statement.",
            "Robert Hale",
        ),
        (
            "“Turnout will decide it,” Seth Moore, a political scientist at Texas Tech University, told The Hill.",
            "Seth Moore",
        ),
        (
            "“There is a sense of stability now,” and donations began to pick up again last week, Gilbert said.",
            "Gilbert",
        ),
        (
            "At the debate, Tom Reyes compared himself to the mayor, saying, “I do not take fees from developers.”",
            "Tom Reyes",
        ),
        (
            "Billionaire entrepreneur Peter Lane said, “I am proud to be here.”",
            "Peter Lane",
        ),
        (
            "“Perpetual motion is here!” Rep. Glenn Thompson, R-Pa., said of the convention.",
            "Glenn Thompson",
        ),
        (
            "Host Sean Miller interjected: “So there will be some flexibility?”",
            "Sean Miller",
        ),
        (
            "Senator Tom Reyes praised those who left but said, “We are in a different place now.”",
            "Tom Reyes",
        ),
        (
            "“Twitter has ramped up its response,” said J.M. Berger, a fellow with the program.",
            "J.M. Berger",
        ),
    ];
    for (text, speaker) in cases {
        let c = claims_of(text);
        let q = c.iter().find(|c| c.kind == ClaimKind::Quote);
        assert_eq!(q.map(|q| q.speaker.as_str()), Some(speaker), "{text}");
    }
    // A name after "of" is not who spoke: the agent is.
    let c = claims_of(
        "The agent of striker Kofi Mensah has accused the club of blocking a move, saying the club broke a promise.",
    );
    assert_ne!(find(&c, "broke a promise").speaker, "Kofi Mensah");
}

/// A sentence opener is no speaker: the article never capitalises "Forensic" or "Speculation"
/// inside a sentence, so they are not names; the full name after a description is the speaker.
#[test]
fn sentence_openers_of_real_news_are_not_speakers() {
    let c = claims_of(
        "Forensic audio expert Paul Ginsberg analyzed the recording and said he detected at least 10 gunshots.\n\nSpeculation that the leader was ill was fuelled by a report that said he was suffering from discomfort.",
    );
    assert_eq!(find(&c, "10 gunshots").speaker, "Paul Ginsberg");
    assert!(c.iter().all(|c| c.speaker != "Speculation"), "{c:#?}");
    // A time phrase or a headline in title case is nobody.
    let c = claims_of(
        "Last February, a fake press release that again claimed the artist had been arrested did the rounds.\n\nDennis Rodman Leaves US To Talk With Leaders Of Isis said the report that he left was false.",
    );
    assert!(
        c.iter()
            .all(|c| !c.speaker.starts_with("Last") && !c.speaker.contains(" To ")),
        "{c:#?}"
    );
}

/// Reported-speech shapes of real news: a progressive verb, a counted share of a group, a
/// relative clause whose "who" speaks for the name before it, a second verb after a leading
/// phrase.
#[test]
fn reported_speech_of_real_news_shapes() {
    let cases = [
        (
            "Sanders is suggesting he beat expectations because he started far behind.",
            "he beat expectations",
            "Sanders",
        ),
        (
            "Party leaders are increasingly admitting that they are nervous about the race.",
            "they are nervous",
            "party leaders",
        ),
        (
            "About one in five say they would not vote if Trump is the nominee.",
            "they would not vote",
            "about one in five",
        ),
        (
            "He attacked his rivals, particularly Jeb Bush, who says the senator lacks the experience needed.",
            "the senator lacks",
            "Jeb Bush",
        ),
        (
            "In an interview with the Journal, Tom Reyes doubled down on his comments about the judge and said the judge had a conflict of interest.",
            "the judge had a conflict",
            "Tom Reyes",
        ),
        (
            "The endorsement comes three days after Tom Reyes told The Gazette he was not quite there yet on the plan.",
            "he was not quite there yet",
            "Tom Reyes",
        ),
        (
            "To wit, Tom Reyes told the Gazette that Linda Park “had a crazy policy that was maniacal,” adding, “It was terrible.”",
            "Linda Park",
            "Tom Reyes",
        ),
        (
            "The council will vote on the budget next week, Tom Reyes said, adding, “It will pass easily.”",
            "The council will vote on the budget next week",
            "Tom Reyes",
        ),
        (
            "One of Emwazi's friends said he had no doubt about the identification.",
            "he had no doubt",
            "one of Emwazi's friends",
        ),
        (
            "Head of the Meteoroid Environment Office Bill Cooke said the fireball was not seen.",
            "the fireball was not seen",
            "Bill Cooke",
        ),
        (
            "Spokesman Brian Fallon responded on Twitter, calling the charge “pathetic” and “dangerous.”",
            "pathetic",
            "Brian Fallon",
        ),
        (
            "The photo was first taken in 1996 at the championship held that year in Louisville, and Nicklaus said it is one of his favorite pictures.",
            "one of his favorite pictures",
            "Nicklaus",
        ),
    ];
    for (text, claim, speaker) in cases {
        let c = claims_of(text);
        let got = find(&c, claim);
        assert_eq!(got.kind, ClaimKind::Reported, "{text}");
        assert_eq!(got.speaker, speaker, "{text}");
    }
}

/// "he said" after a sentence whose subject is named past a description means that person,
/// not the name the description opens with.
#[test]
fn pronoun_after_a_described_subject() {
    let c = claims_of(
        "Mayor Linda Park spoke first. “We are ready,” Park said.\n\nPark consultant Cornell Belcher, a pollster, picked up the thread. “Voters have more in common than not,” he said.",
    );
    assert_eq!(find(&c, "more in common").speaker, "Cornell Belcher");
}

/// A headline that reports what a named person or organisation said is their claim; one that
/// names a role ("Coach Says ...") or says nothing attributed gives no claim.
#[test]
fn a_headline_reporting_a_named_speaker_is_a_claim() {
    let x = extract(vec![Article::from_plain(
        "h.txt",
        "Hollande Says Trump Makes Voters Want To Retch\n\nFrench President François Hollande spoke in Paris on Tuesday.\n".into(),
    )]);
    let c = find(&x.claims, "Makes Voters Want To Retch");
    assert_eq!(c.speaker, "François Hollande");
    assert_eq!(c.kind, ClaimKind::Reported);
    // An organisation named in the headline speaks too.
    let x = extract(vec![Article::from_plain(
        "h.txt",
        "Germany pledges to expand its military

The defence minister spoke in Berlin on Tuesday.
"
        .into(),
    )]);
    assert_eq!(find(&x.claims, "expand its military").speaker, "Germany");
    for headline in [
        "Coach Says Star Player Will Start",
        "Markets Fall Sharply In Asia",
    ] {
        let x = extract(vec![Article::from_plain(
            "h.txt",
            format!("{headline}\n\nRovers coach Frank Delgado spoke on Thursday.\n"),
        )]);
        assert!(
            x.claims.iter().all(|c| c.kind == ClaimKind::Narrator),
            "{headline}: {:?}",
            x.claims
        );
    }
}

/// A person introduced with an age and a place between commas is the subject, not the place
/// ("Flint, Mich., said"): the full stop of a state's abbreviation before a comma ends no
/// sentence.
#[test]
fn a_name_with_age_and_place_is_the_speaker() {
    let c = claims_of(
        "Cory Jameson, 22, of Flint, Mich., said he had not given up hope that the senator could win.\n\nMaria Lopez, 34, a retired nurse in Akron, Ohio, said she would vote for the senator.",
    );
    assert_eq!(find(&c, "not given up hope").speaker, "Cory Jameson");
    assert_eq!(find(&c, "would vote for").speaker, "Maria Lopez");
}

/// "The NFL legend said" refers back to the person the article is about, as "he" would; "the
/// official said" is an unnamed person of their own.
#[test]
fn a_definite_epithet_is_the_person_named_before() {
    let c = claims_of(
        "Herschel Walker appeared at the rally in Atlanta on Friday.\n\nThe NFL legend said people misunderstand the candidate.\n\nThe official said the rally was peaceful.",
    );
    assert_eq!(find(&c, "people misunderstand").speaker, "Herschel Walker");
    assert_eq!(find(&c, "rally was peaceful").speaker, "official");
}

/// Mined from the head nouns of real nominal sources: a team, an airline and a candidate
/// speak.
#[test]
fn teams_airlines_and_candidates_are_speakers() {
    let c = claims_of(
        "The pilot had logged 2,766 flying hours with the carrier, the airline said Thursday.\n\nThe Sanders team said the committee appears to skirt legal limits on donations.",
    );
    assert_eq!(find(&c, "2,766 flying hours").speaker, "the airline");
    assert_eq!(find(&c, "skirt legal limits").speaker, "Sanders team");
}

/// A clause is never a speaker, even when it ends in a noun that can head one.
#[test]
fn a_clause_ending_in_a_speaker_noun_is_no_speaker() {
    let c = claims_of(
        "Mitch McConnell met the candidate.\n\nMcConnell was quick to embrace the mogul after the primary and said this week that the nominee is looking very competitive.",
    );
    assert_eq!(
        find(&c, "looking very competitive").speaker,
        "Mitch McConnell"
    );
}

/// An opening phrase with no comma after it ("Speaking Saturday at the convention") is not
/// the speaker: the name that ends it is.
#[test]
fn a_name_after_an_opening_phrase_is_the_speaker() {
    let c = claims_of(
        "Speaking Saturday at the state party convention Sen. Elizabeth Warren (D-MA) said the nominee was a failure in business.",
    );
    let claim = find(&c, "failure in business");
    assert_eq!(claim.speaker, "Elizabeth Warren");
}

#[test]
fn a_sentence_after_a_quote_is_its_own_claim_unless_it_only_credits_the_quote() {
    // "He said that ..." after a quote that ends its sentence reports a claim of its own, and
    // is not the quote's credit: the book is quoted, not the man who disputes it.
    let c = claims_of(
        "Mark Geist led the team. The book calls the guards “Wal-Mart security guards.” He said that is a distortion of their record.",
    );
    let reported = find(&c, "distortion of their record");
    assert_eq!(reported.kind, ClaimKind::Reported);
    assert_eq!(reported.speaker, "Mark Geist");
    assert_ne!(find(&c, "Wal-Mart security guards").speaker, "Mark Geist");
    // A sentence that only credits the quote keeps it credited, with or without a time, a
    // place, a manner or the one spoken to.
    for credit in [
        "Trump asked.",
        "Trump said of Apple in February, when the company balked.",
        "Trump asked reporters rhetorically during a news conference.",
        "Miller, a retired worker from a nuclear plant, said pleasantly into the phone.",
        "said Trump on Monday.",
    ] {
        let c = claims_of(&format!(
            "Donald Trump and Ann Miller spoke. “Who do they think they are?” {credit}"
        ));
        let who = if credit.contains("Miller") {
            "Ann Miller"
        } else {
            "Donald Trump"
        };
        assert_eq!(find(&c, "Who do they think").speaker, who, "{credit}");
        assert!(
            c.iter().all(|x| x.kind != ClaimKind::Reported),
            "{credit}: {c:#?}"
        );
    }
}

#[test]
fn a_campaign_or_administration_named_by_whose_it_is_is_one_organisation() {
    let c = claims_of(
        "Bernie Sanders raised more than $33 million last quarter, the Sanders campaign said. \
         The total beat every forecast made in the fall, Sanders's campaign said on Sunday. \
         Small donors gave most of the money in December, his campaign said. \
         The program will end in March, the Obama administration announced.",
    );
    // Named by the full name the article gives its owner.
    for fragment in ["$33 million", "every forecast", "Small donors"] {
        assert_eq!(
            find(&c, fragment).speaker,
            "Bernie Sanders campaign",
            "{fragment}"
        );
    }
    assert_eq!(find(&c, "end in March").speaker, "Obama administration");
}

#[test]
fn a_participle_credits_the_subject_after_an_opening_phrase() {
    let c = claims_of(
        "Hillary Clinton and a federal judge were in the news. In May, a federal judge sided with the Democrats, saying the law violated the Constitution. \
         At a campaign event in Ames on Sunday, Mrs. Clinton tried to expand on her earlier statement, saying that the United States should lead its allies.",
    );
    assert_eq!(
        find(&c, "violated the Constitution").speaker,
        "federal judge"
    );
    assert_eq!(
        find(&c, "should lead its allies").speaker,
        "Hillary Clinton"
    );
}

#[test]
fn asides_between_dashes_or_a_state_tag_do_not_hide_the_subject() {
    let c = claims_of(
        "Rep. Sander M. Levin (Mich.), a superdelegate supporting Clinton, said he has spoken with many fellow superdelegates. \
         Justice Ruth Bader Ginsburg -- who has been involved in a scuffle with the nominee -- said she regretted her remarks. \
         Sanders, who won Michigan, said the party must unite behind its nominee.",
    );
    assert_eq!(
        find(&c, "many fellow superdelegates").speaker,
        "Sander M. Levin"
    );
    assert_eq!(
        find(&c, "regretted her remarks").speaker,
        "Ruth Bader Ginsburg"
    );
    // "said the party must unite": a clause after the verb, not a speaker called "the party".
    let unite = find(&c, "must unite");
    assert_eq!(unite.text, "the party must unite behind its nominee");
    // An unpaired dash opens no aside.
    let c = claims_of("Mayor Linda Park said the vote was close -- very close.");
    assert_eq!(find(&c, "vote was close").speaker, "Linda Park");
}

#[test]
fn a_subject_with_a_qualifier_or_others_is_the_head_before_it() {
    let c = claims_of(
        "People briefed on the move said that it reflected the candidate's realization. \
         Several people I've spoken with over the last couple of weeks said the host had peppered him with advice. \
         Edwards and others said they could not support the nominee for president. \
         Speaker Paul Ryan has long said that he will support the party's nominee.",
    );
    assert_eq!(find(&c, "it reflected").speaker, "people");
    assert_eq!(find(&c, "peppered him").speaker, "several people");
    assert_eq!(find(&c, "could not support").speaker, "Edwards");
    assert_eq!(find(&c, "he will support").speaker, "Paul Ryan");
    // A past tense with a preposition after it is the sentence's verb, not a qualifier.
    let c = claims_of("It started when the senator tweeted that the leak was dangerous.");
    assert!(c.iter().all(|x| x.speaker != "it"), "{c:#?}");
}

#[test]
fn a_named_subject_is_the_speaker_not_the_appositive_that_describes_them() {
    let c = claims_of(
        "Steve Coll, the dean of the journalism school, said the program would continue next year. \
         Alan T. Jeffers, a spokesman for Exxon Mobil, said the company had complied with every rule. \
         Senator Mark S. Kirk, Republican of Illinois, said the vote would be close this week. \
         Regardless, the State Department said it found no evidence of a breach.",
    );
    assert_eq!(find(&c, "program would continue").speaker, "Steve Coll");
    assert_eq!(
        find(&c, "complied with every rule").speaker,
        "Alan T. Jeffers"
    );
    assert_eq!(find(&c, "vote would be close").speaker, "Mark S. Kirk");
    assert_eq!(
        find(&c, "no evidence of a breach").speaker,
        "State Department"
    );
    // Unnamed, a spokesman still speaks for the organisation.
    let c = claims_of("A spokesman for Exxon Mobil said the company had complied with every rule.");
    assert_eq!(find(&c, "complied").speaker, "Exxon Mobil");
}

#[test]
fn a_description_with_commas_of_its_own_still_describes_the_name_before_it() {
    let c = claims_of(
        "Dana Whitfield, the director of Open Books, a watchdog group that sued the county, said the records were incomplete. \
         Marcus Lee, a teacher from Dayton, Ohio, said the district had ignored the parents. \
         Rep. Ann Cole, R-Utah, says the bill will pass next week. \
         Jorge Ortiz, a Democrat, said the plan would cost too much. \
         Peter Hale, the father of a wounded soldier, decried the governor's repeated calls to close the clinic.",
    );
    assert_eq!(
        find(&c, "records were incomplete").speaker,
        "Dana Whitfield"
    );
    assert_eq!(find(&c, "ignored the parents").speaker, "Marcus Lee");
    assert_eq!(find(&c, "bill will pass").speaker, "Ann Cole");
    assert_eq!(find(&c, "cost too much").speaker, "Jorge Ortiz");
    assert!(
        c.iter()
            .filter(|x| x.kind != ClaimKind::Narrator)
            .all(|x| x.speaker == "Peter Hale" || !x.text.contains("clinic")),
        "{c:#?}"
    );
    // After the verb, the name comes first and what describes it after.
    let c = claims_of(
        "“The border is long,” said R. Tom Kessler, the Border Protection commissioner, on Friday. \
         “Voters have moved on,” said Andrew Rice, a Democrat and former state senator.",
    );
    assert_eq!(find(&c, "border is long").speaker, "Tom Kessler");
    assert_eq!(find(&c, "moved on").speaker, "Andrew Rice");
    // A leading phrase is no appositive: "Unlike Smith" names no one.
    let c = claims_of("Unlike Smith, the senator said the vote was fair.");
    assert!(c.iter().all(|x| !x.speaker.contains("Smith")), "{c:#?}");
}

#[test]
fn a_relative_clause_ending_in_a_time_and_an_inverted_warning_keep_their_speaker() {
    let c = claims_of(
        "Mr. Park, who was traveling in Europe this week, said in a magazine interview: “You have to put jobs at risk.” \
         “That means a loose cannon is within reach of the job,” warned Ms. Ortega.",
    );
    assert_eq!(find(&c, "jobs at risk").speaker, "Park");
    assert_eq!(find(&c, "loose cannon").speaker, "Ortega");
}

#[test]
fn the_subject_of_a_participle_is_the_name_before_its_verb_not_the_object() {
    let c = claims_of(
        "Senator Mitt Romney spoke on Tuesday. Donald Trump spoke on Monday. \
         Romney went after Trump on Wednesday over his taxes, calling it “disqualifying” and asserting that the only explanation must be “a bombshell.”",
    );
    assert_eq!(find(&c, "disqualifying").speaker, "Mitt Romney");
}

#[test]
fn a_colon_a_preposition_and_a_particle_around_a_quote_credit_the_right_person() {
    let c = claims_of(
        "Governor Tom Reyes spoke in Columbus. Reyes resisted: “Governors do not have the power to suspend state laws.” \
         “This will be a challenge” for Reyes, said Alma Kunin. \
         Senator Nina Marsh, in Ohio, said the vote would be close. \
         The paper reported the crash. “We had called him before he boarded,” his nephew Karim el Soheil added.",
    );
    assert_eq!(find(&c, "power to suspend").speaker, "Tom Reyes");
    assert_eq!(find(&c, "be a challenge").speaker, "Alma Kunin");
    assert_eq!(find(&c, "vote would be close").speaker, "Nina Marsh");
    assert_eq!(find(&c, "before he boarded").speaker, "Karim el Soheil");
    // A colon after a sentence with no verb of its own credits no one.
    let c = claims_of("Among the items: “a flag, a hat and a photograph.”");
    assert!(c.iter().all(|x| x.speaker != "items"), "{c:#?}");
}

#[test]
fn a_full_name_that_opens_a_sentence_with_its_verb_is_who_he_means_next() {
    // "Quillon" is in no name list: the sentence's form says it is a person.
    let c = claims_of(
        "Mayor Tom Reyes spoke first.\n\nQuillon Marsh visited the plant on Monday. He says the plant will stay open.",
    );
    assert_eq!(find(&c, "stay open").speaker, "Quillon Marsh");
}

#[test]
fn a_second_speakers_clause_after_a_comma_and_joiner_is_their_own_claim() {
    let c = claims_of(
        "Democrats said the bill would fail, but Republicans say it will pass easily. \
         Mayor Tom Reyes said the wall would be built; Governor Ana Ruiz said it never would be. \
         The mayor said the plan works, and it was the reason, aides said.",
    );
    let first = find(&c, "bill would fail");
    assert_eq!(first.speaker, "Democrats");
    assert!(!first.text.contains("pass easily"), "{first:#?}");
    assert_eq!(find(&c, "pass easily").speaker, "Republicans");
    assert_eq!(find(&c, "wall would be built").speaker, "Tom Reyes");
    assert_eq!(find(&c, "never would be").speaker, "Ana Ruiz");
    // The clause after "and" opens with no speaker of its own: the sentence stays one claim.
    assert!(c.iter().all(|x| x.text != "it was the reason"), "{c:#?}");
}

#[test]
fn a_verb_chain_or_a_participle_after_the_subject_keeps_the_subject() {
    let c = claims_of(
        "Governor Ana Ruiz is continuing to insist she will release the records. \
         Senator Tom Reyes went on to say that the deal was dead. \
         Democrats trying to regain control of the Senate in November say they have a new weapon. \
         Ruiz declined to say whether she would run again.",
    );
    assert_eq!(find(&c, "release the records").speaker, "Ana Ruiz");
    assert_eq!(find(&c, "deal was dead").speaker, "Tom Reyes");
    assert_eq!(find(&c, "new weapon").speaker, "Democrats");
    // A noun in "-ing" is no participle: "The engineering firm hired by the town said".
    let c = claims_of(
        "The engineering firm hired by the town said on Tuesday that the bridge should close.",
    );
    assert_eq!(find(&c, "bridge should close").speaker, "engineering firm");
    // Declining to say is saying nothing.
    assert!(
        c.iter()
            .all(|x| x.kind == ClaimKind::Narrator || !x.text.contains("run again")),
        "{c:#?}"
    );
}

#[test]
fn a_relative_clause_or_a_participle_after_a_credit_is_not_the_claim() {
    let c = claims_of(
        "Mayor Tom Reyes visited the stand. Sales were great, he said, wiping sweat from his brow. \
         Mr. Reyes, who said last week that the judge was biased, issued a statement on Sunday. \
         Lauren Mey, a former Fed governor who argued with Ms. Ruiz at the conference, said that Congress had instructed the Fed. \
         People involved could face sanctions, and as Ms. Ruiz noted, the case could still be reopened.",
    );
    assert_eq!(find(&c, "Sales were great").text, "Sales were great");
    let biased = find(&c, "judge was biased");
    assert_eq!(biased.speaker, "Tom Reyes");
    assert!(!biased.text.contains("statement"), "{biased:#?}");
    assert_eq!(find(&c, "Congress had instructed").speaker, "Lauren Mey");
    assert_eq!(find(&c, "could still be reopened").speaker, "Ruiz");
    assert!(
        c.iter()
            .all(|x| x.text != "People involved could face sanctions"
                || x.kind == ClaimKind::Narrator)
    );
}

#[test]
fn a_label_after_calling_or_by_saying_is_the_clause_subjects() {
    let c = claims_of(
        "Governor Ana Ruiz spoke first. Senator Tom Reyes answered. \
         Early in her campaign, Ruiz attacked Reyes, calling him, among other things, “a failed candidate.” \
         Reyes ended his list by saying “Too many.”",
    );
    assert_eq!(find(&c, "failed candidate").speaker, "Ana Ruiz");
    assert_eq!(find(&c, "Too many").speaker, "Tom Reyes");
}

#[test]
fn a_pronoun_in_a_sentence_means_the_person_the_sentence_opens_with() {
    let c = claims_of(
        "Senator Maria Lopez spoke first. She said the plan would fail.\n\nGovernor Ana Ruiz visited the plant, and she said that it would stay open.",
    );
    assert_eq!(find(&c, "plan would fail").speaker, "Maria Lopez");
    assert_eq!(find(&c, "stay open").speaker, "Ana Ruiz");
}

#[test]
fn a_two_word_credit_verb_after_a_quote_credits_its_subject() {
    let c = claims_of(
        "Governor Ana Ruiz spoke first. “He wants to be a tough guy tonight,” Senator Tom Reyes shot back.",
    );
    assert_eq!(find(&c, "tough guy").speaker, "Tom Reyes");
}

#[test]
fn a_sentence_that_opens_with_said_after_a_quote_credits_who_follows_the_verb() {
    let c = claims_of(
        "“We have to keep it open,” said former tech executive Carla Dunn during the debate, suggesting that she had seen the plans.",
    );
    assert_eq!(find(&c, "seen the plans").speaker, "Carla Dunn");
}

#[test]
fn present_tense_credits_and_surname_particles() {
    let c = claims_of(
        "Richard Viguerie backs Ted Cruz. “Cruz could win the general election in a landslide,” Viguerie concludes. \
         Mayor Bill de Blasio intervened on Monday. “I will help you secure any permit you need,” de Blasio tweeted.",
    );
    assert_eq!(find(&c, "in a landslide").speaker, "Richard Viguerie");
    assert_eq!(find(&c, "secure any permit").speaker, "Bill de Blasio");
}

#[test]
fn roles_of_an_organisation_heads_before_a_preposition_and_documents_in_a_credit() {
    let c = claims_of(
        "Referring to the image, Speaker of the House Paul Ryan said anti-Semitic images have no place in a campaign. \
         Proponents of the new bill, however, say it would keep enough federal safeguards in place. \
         He had worked for the company for more than eight years and was a respected colleague, the statement added.",
    );
    assert_eq!(find(&c, "no place in a campaign").speaker, "Paul Ryan");
    assert_eq!(find(&c, "federal safeguards").speaker, "proponents");
    assert_eq!(find(&c, "respected colleague").speaker, "statement");
}

#[test]
fn a_pronoun_with_has_run_into_it_is_a_subject_but_not_a_passive_it() {
    let c = claims_of(
        "Bernie Sanders spoke in Iowa. He's said he gets his ideas about policy from a speech in a novel. \
         It's said that the plan will fail soon enough.",
    );
    assert_eq!(find(&c, "gets his ideas").speaker, "Bernie Sanders");
    assert_eq!(find(&c, "plan will fail").kind, ClaimKind::Narrator);
}

#[test]
fn a_free_relative_names_no_speaker() {
    let c = claims_of(
        "Apple hasn't said anything about pricing. All Apple has said about availability is that it plans to ship by early 2015.",
    );
    assert!(c.iter().all(|x| x.speaker != "All Apple"), "{c:#?}");
    // "which critics said" still names the critics.
    let c = claims_of(
        "The governor vetoed a bill on bathrooms, which critics said was discriminatory against transgender students.",
    );
    assert_eq!(find(&c, "discriminatory").speaker, "critics");
}

#[test]
fn a_second_speech_verb_that_introduces_a_quote_leaves_the_claim_before_it() {
    let c = claims_of(
        "Aung San Suu Kyi led the party. Speaking before cheering supporters on Monday, Suu Kyi, 70, said it was too early to congratulate winners but added, \"I think you all have the idea of the results.\" \
         Salma Hayek was asked if she had ever been discriminated against.",
    );
    assert_eq!(find(&c, "too early to congratulate").speaker, "Suu Kyi");
    assert_eq!(find(&c, "idea of the results").speaker, "Suu Kyi");
    // The question is the (unnamed) asker's, not a claim of the one asked.
    let question = find(&c, "discriminated against");
    assert_eq!(question.speaker, "unknown");
    assert_eq!(question.form, Some("question"));
}

#[test]
fn a_question_put_by_an_unnamed_asker_is_its_own_claim() {
    let c = claims_of(
        "Asked if he would raise taxes, Tom Reyes said the budget was already balanced.\n\n\
         “That is a fair concern,” Mary Cole told reporters on Monday when asked about fears that voters would stay home.\n\n\
         Karl Weber was asked to name a single decision the council got wrong. “There are many,” he said.\n\n\
         Linda Park said she is being asked about votes she cast 20 years ago.",
    );
    for (words, asked) in [
        ("if he would raise taxes", "Tom Reyes"),
        ("fears that voters would stay home", "Mary Cole"),
        ("name a single decision", "Karl Weber"),
    ] {
        let q = find(&c, words);
        assert_eq!(
            (q.speaker.as_str(), q.form),
            ("unknown", Some("question")),
            "{words}: {c:#?}"
        );
        // The answer is still the one asked.
        assert!(
            c.iter()
                .any(|x| x.speaker == asked && !x.text.contains(words)),
            "{asked}: {c:#?}"
        );
    }
    assert_eq!(find(&c, "already balanced").speaker, "Tom Reyes");
    assert_eq!(find(&c, "There are many").speaker, "Karl Weber");
    // Inside someone's reported words the question stays theirs.
    assert_eq!(find(&c, "20 years ago").speaker, "Linda Park");
}

#[test]
fn a_trailing_credit_ends_before_a_clause_of_its_own() {
    let c = claims_of(
        "The harbor will stay open all winter, Tom Reyes told his closest advisers as he labored over the budget.\n\n\
         As Linda Park lectured the council about taxes on Sunday night, Karl Weber responded from the heart as he live-tweeted the meeting.",
    );
    let claim = find(&c, "stay open all winter");
    assert_eq!(claim.speaker, "Tom Reyes");
    assert_eq!(claim.text, "The harbor will stay open all winter");
    // A subordinate clause before the credit is no claim of the one credited.
    assert!(
        c.iter()
            .all(|x| !(x.text.contains("lectured") && x.speaker == "Karl Weber")),
        "{c:#?}"
    );
}

#[test]
fn what_someone_spoke_about_is_a_stance_not_a_clause_they_said() {
    let c = claims_of(
        "However, after some users on the forum complained about the bug, the site tested the \
         option, and indeed, all the documents stored in the cloud were gone.\n\n\
         Karl Weber declined to comment on the merger, but acknowledged the firm had no plan \
         to sell.",
    );
    // Not "the documents were gone" as the users' claim: what follows "complained about" is
    // its topic, which is never paired.
    let topic = find(&c, "the bug");
    assert_eq!(topic.form, Some("stance"), "{c:#?}");
    // A second verb's clause is still its speaker's claim.
    let second = find(&c, "no plan to sell");
    assert_eq!((second.speaker.as_str(), second.form), ("Karl Weber", None));
    assert!(!second.text.contains("merger"), "{c:#?}");
}

#[test]
fn a_report_called_false_says_what_it_says_not_that_it_is_false() {
    let c = claims_of(
        "A report that says a family in the town of Purdon has the Ebola virus is fake.\n\n\
         A claim that says the mayor resigned was not true.\n\n\
         Karl Weber said the reports were not true.",
    );
    // The report's own words, without the main clause's verdict on them.
    let report = find(&c, "Purdon");
    assert_eq!(report.speaker, "report");
    assert_eq!(report.kind, ClaimKind::Reported);
    assert_eq!(
        report.text,
        "a family in the town of Purdon has the Ebola virus"
    );
    let claim = find(&c, "mayor resigned");
    assert_eq!(
        (claim.kind, claim.text.as_str()),
        (ClaimKind::Reported, "the mayor resigned")
    );
    // A speaker who calls the reports false still denies them.
    assert_eq!(find(&c, "the reports").kind, ClaimKind::Denial);
}

#[test]
fn a_quote_in_straight_single_marks_is_a_quote() {
    let c = claims_of(
        "Christy Feig, the WHO's director of communications, spoke on Friday.\n\n\
         Ms Feig told Mashable: 'We have no official notification that it is Ebola.'\n\n\
         'We are investigating the reports,' she said.",
    );
    // Not "it is Ebola" as a reported clause: the whole quote, hers.
    let q = find(&c, "notification");
    assert_eq!(q.kind, ClaimKind::Quote, "{c:#?}");
    assert_eq!(q.speaker, "Christy Feig");
    assert_eq!(q.text, "We have no official notification that it is Ebola.");
    let q = find(&c, "investigating");
    assert_eq!(
        (q.kind, q.speaker.as_str()),
        (ClaimKind::Quote, "Christy Feig")
    );
}

#[test]
fn praise_or_blame_of_a_thing_is_a_stance_of_the_subject() {
    let c = claims_of(
        "Linda Park criticized the council's draft budget on schools.\n\n\
         Tom Reyes praised the harbor plan, saying it would create 400 jobs.\n\n\
         The city allowed some schools to combine those categories, a practice criticized by Karl Weber.\n\n\
         Mary Cole praised the new ferry schedule and said the city would grow.",
    );
    // A stance before "and said CLAUSE" is a claim besides the clause.
    assert_eq!(find(&c, "ferry schedule").form, Some("stance"));
    assert_eq!(find(&c, "ferry schedule").speaker, "Mary Cole");
    assert_eq!(find(&c, "city would grow").speaker, "Mary Cole");
    let stance = find(&c, "draft budget");
    assert_eq!(stance.speaker, "Linda Park");
    assert_eq!(stance.form, Some("stance"));
    assert_eq!(
        stance.text,
        "criticized the council's draft budget on schools"
    );
    // A clause after ", saying" is the claim when there is one.
    let said = find(&c, "400 jobs");
    assert_eq!((said.speaker.as_str(), said.form), ("Tom Reyes", None));
    // A passive participle is nobody's act.
    assert!(
        c.iter()
            .all(|x| !(x.text.contains("criticized by") && x.kind != ClaimKind::Narrator)),
        "{c:#?}"
    );
}

#[test]
fn a_relative_clause_whose_subject_is_in_someones_words_is_their_claim() {
    let c = claims_of(
        "Harbor spending is sinking to 1.08 percent of the budget, which Karl Weber said would be its lowest ever.\n\n\
         It is a dynamic Mary Cole said could drive moderate voters toward the council this fall.\n\n\
         Tom Reyes said would be fine.",
    );
    assert_eq!(find(&c, "lowest ever").speaker, "Karl Weber");
    assert_eq!(find(&c, "drive moderate voters").speaker, "Mary Cole");
    // Any speech verb that takes a clause, not only "said".
    let c = claims_of(
        "The feud began with Linda Park, who Tom Reyes claims has been unfair to the harbor workers.",
    );
    assert_eq!(find(&c, "unfair to the harbor").speaker, "Tom Reyes");
}

#[test]
fn a_base_form_speech_verb_after_its_subject_is_a_cue_but_not_as_a_noun() {
    let c = claims_of(
        "Riverside's teachers claim the new schedule will cost them a week of pay.\n\n\
         Tom Reyes's claim that the harbor was sold is the subject of a lawsuit filed by the city.\n\n\
         Specifically, the council will tell the state that the harbor stays open.\n\n\
         “It is valuable,” said Karl Skelly, explaining he worked closely with Park.",
    );
    assert_eq!(find(&c, "cost them a week").speaker, "Riverside's teachers");
    assert!(c.iter().all(|x| x.speaker != "Specifically"), "{c:#?}");
    assert!(c.iter().all(|x| !x.speaker.contains("claim")), "{c:#?}");
    // A name ending in "-ly" is no adverb.
    assert_eq!(find(&c, "It is valuable").speaker, "Karl Skelly");
}

#[test]
fn what_someone_called_a_thing_is_their_quote() {
    let c = claims_of(
        "As the city prepares for what Tom Reyes called “the loudest, most contentious election in modern history,” the mayor left for Riverside.",
    );
    let q = find(&c, "loudest");
    assert_eq!(
        (q.speaker.as_str(), q.kind),
        ("Tom Reyes", ClaimKind::Quote)
    );
    assert_eq!(
        q.text,
        "the loudest, most contentious election in modern history"
    );
}

#[test]
fn asking_after_a_comma_is_a_request_or_a_question_and_telling_may_say_when() {
    let c = claims_of(
        "Karl Weber brought him back to the attacks, asking Reyes to share his views on the harbor plan.\n\n\
         Moderator Linda Park started the exchange off by asking Reyes why he decided to attack Weber personally.\n\n\
         The fire sparked a debate, with Senator Mary Cole telling reporters on Thursday she viewed the mayor as responsible.",
    );
    let r = find(&c, "share his views");
    assert_eq!(
        (r.speaker.as_str(), r.form),
        ("Karl Weber", Some("request"))
    );
    let q = find(&c, "why he decided");
    assert_eq!(
        (q.speaker.as_str(), q.form),
        ("Linda Park", Some("question"))
    );
    assert_eq!(find(&c, "viewed the mayor").speaker, "Mary Cole");
}

#[test]
fn what_was_first_reported_by_an_outlet_is_its_claim() {
    let c = claims_of(
        "The harbor's sale to Tom Reyes was first reported by the Riverside Herald.\n\n\
         It was reported by the Herald.",
    );
    let r = find(&c, "harbor's sale");
    assert_eq!(r.speaker, "Riverside Herald");
    assert_eq!(r.text, "The harbor's sale to Tom Reyes");
    assert!(
        c.iter()
            .all(|x| !(x.text == "It" && x.kind != ClaimKind::Narrator)),
        "{c:#?}"
    );
    // "was first reported" is a passive: the subject ("News") reports nothing.
    let c = claims_of("News of the harbor sale was first reported by the Riverside Herald.");
    let r = find(&c, "harbor sale");
    assert_eq!(r.speaker, "Riverside Herald");
    assert_eq!(r.text, "News of the harbor sale");
}

#[test]
fn a_question_put_after_a_credit_runs_to_the_sentence_end() {
    let c = claims_of(
        "“You bet I would,” Tom Reyes said when asked whether he would close the harbor to ships from Brazil, where the virus has spread.",
    );
    let q = find(&c, "close the harbor");
    assert_eq!((q.speaker.as_str(), q.form), ("unknown", Some("question")));
    assert!(q.text.ends_with("where the virus has spread"), "{q:?}");
    assert_eq!(find(&c, "You bet").speaker, "Tom Reyes");
}

#[test]
fn a_speech_participle_after_a_preposition_of_time_is_the_subjects_claim() {
    let c = claims_of(
        "Tom Reyes is facing skepticism after saying in a recent debate that he views himself as impartial on the harbor.\n\n\
         Linda Park spoke about healing before explaining why she stands behind the mayor.",
    );
    let r = find(&c, "views himself");
    assert_eq!(r.speaker, "Tom Reyes");
    assert_eq!(r.text, "he views himself as impartial on the harbor");
    assert_eq!(find(&c, "stands behind").speaker, "Linda Park");
}

#[test]
fn a_request_is_a_claim_of_who_asked() {
    let c = claims_of(
        "Mayor Linda Park asked the council to delay the vote until the audit is finished.\n\n\
         Tom Reyes has repeatedly asked the state for more money for the harbor.",
    );
    let r = find(&c, "delay the vote");
    assert_eq!(
        (r.speaker.as_str(), r.form),
        ("Linda Park", Some("request"))
    );
    let r = find(&c, "more money");
    assert_eq!((r.speaker.as_str(), r.form), ("Tom Reyes", Some("request")));
}

#[test]
fn what_someone_issued_saying_something_is_their_claim() {
    let c = claims_of(
        "Senator Jane Smith issued a statement saying the bill would hurt workers in every state. \
         Her rival sent an email saying the bill would help the state's farmers.",
    );
    assert_eq!(find(&c, "hurt workers").speaker, "Jane Smith");
    assert_eq!(find(&c, "hurt workers").kind, ClaimKind::Reported);
    assert_eq!(
        find(&c, "help the state's farmers").kind,
        ClaimKind::Reported
    );
}

#[test]
fn a_sentence_that_ends_in_commas_never_panics() {
    // Found on PolNeAR text while adding the "NAME, TITLE, told AUDIENCE." credit: a comma on the
    // last word left nothing after it to look at.
    for text in [
        "The plan failed, the mayor, Linda Park,",
        "One, two, three, four,",
        "It rained, he said, she said, they told,",
    ] {
        let _ = claims_of(text);
    }
}

#[test]
fn who_was_told_is_never_the_speaker() {
    let c = claims_of(
        "Bernie Sanders remains committed to the race. “We are going all the way,” his top aide, Tad Devine, told The Huffington Post. \
         “They are under a lot of pressure,” an intelligence source, who was not authorized to speak on the record, told Fox News. \
         Sanders will stay in the race, his campaign manager, Jeff Weaver, told the Associated Press.",
    );
    assert_eq!(find(&c, "all the way").speaker, "Tad Devine");
    assert_eq!(find(&c, "a lot of pressure").speaker, "intelligence source");
    let weaver = find(&c, "stay in the race");
    assert_eq!(weaver.speaker, "Jeff Weaver");
    assert_eq!(weaver.text, "Sanders will stay in the race");
}

#[test]
fn an_age_after_the_stands_for_the_person_named() {
    let c = claims_of(
        "Melania Trump spoke at the convention. “Donald is, and always has been, an amazing leader,” said the 46-year-old.",
    );
    assert_eq!(find(&c, "amazing leader").speaker, "Melania Trump");
}

#[test]
fn a_participle_phrase_with_a_place_between_subject_and_verb_is_skipped() {
    let c = claims_of(
        "Donald Trump, speaking at a rally in Wilmington, N.C., warned that Clinton opposes the Second Amendment.",
    );
    assert_eq!(
        find(&c, "opposes the Second Amendment").speaker,
        "Donald Trump"
    );
}

/// A name in quote marks (a show, a group, a slogan in title case) is no one's claim; a short
/// utterance is, even in capitals.
#[test]
fn quoted_titles_are_not_claims_but_utterances_are() {
    let c = claims_of(
        "The group, known as “Sons of Liberty,” met on Tuesday. Her favourite show is “The Late Show With Stephen Colbert,” she told friends.\n\n“Absolutely not,” Mayor Linda Park said.\n\n“GROWING PARTY!” Governor Maria Santos said.",
    );
    assert!(
        c.iter()
            .all(|c| !c.text.contains("Sons of Liberty") || c.kind == ClaimKind::Narrator),
        "{c:#?}"
    );
    assert!(c
        .iter()
        .all(|c| c.text != "The Late Show With Stephen Colbert,"));
    assert_eq!(find(&c, "Absolutely not").speaker, "Linda Park");
    assert_eq!(find(&c, "GROWING PARTY").speaker, "Maria Santos");
}

/// "some GOP figures" is the group that spoke, not the phrase before the comma.
#[test]
fn a_group_of_figures_speaks_for_itself() {
    let c = claims_of(
        "Even with fewer people in the race, some GOP figures declared that Trump was nearly unstoppable.",
    );
    assert_eq!(find(&c, "nearly unstoppable").speaker, "some GOP figures");
}

/// "“...,” Carson said on NBC, but he said CLAUSE": the clause after "but he said" is a claim of
/// its own, without the credit's time and place.
#[test]
fn a_second_clause_after_but_he_said_is_a_claim() {
    let c = claims_of(
        "“Being accused is one thing,” Carson said on NBC's Meet the Press, but he said he is being asked about incidents that happened 20 and 50 years ago.",
    );
    let second = find(&c, "being asked about incidents");
    assert_eq!(second.speaker, "Carson");
    assert!(second.text.starts_with("he is being asked"), "{second:?}");
}

/// The verb right before a quote credits it, whatever speech comes earlier in the sentence.
#[test]
fn the_credit_right_before_a_quote_wins_over_an_earlier_speaker() {
    let c = claims_of(
        "Mayor Linda Park said the audit had cleared the agency, to which Governor Maria Santos interjected: “It's just not true.”",
    );
    assert_eq!(find(&c, "just not true").speaker, "Maria Santos");
}

#[test]
fn a_month_after_a_preposition_is_when_not_who() {
    let c = claims_of("In May, the agency said the mandate was far too low for the industry.");
    assert_eq!(find(&c, "mandate was far too low").speaker, "the agency");
}

#[test]
fn he_never_means_an_acronym_or_a_country() {
    // "HP" and "China" are organisations: the "he" after them is the man named before.
    let c = claims_of(
        "Mark Hurd ran the company for years. According to HP, profits rose sharply in 2006. He said the board had backed every decision.\n\nChina may outnumber its neighbour by 80 to 1, Kazakh minister Erlan Idrissov said. He said the two countries would grow together.",
    );
    assert_eq!(find(&c, "backed every decision").speaker, "Mark Hurd");
    assert_eq!(find(&c, "grow together").speaker, "Erlan Idrissov");
}

#[test]
fn a_speaker_name_stops_before_a_verb_of_its_clause() {
    let c = claims_of(
        "A new poll released by the university showed a majority of voters said the economy was the first issue.\n\nA Quinnipiac poll showed a majority of registered Ohio voters think the economy is weak.",
    );
    for claim in &c {
        assert!(
            !claim.speaker.contains("showed"),
            "a verb in the speaker's name: {claim:#?}"
        );
    }
}

#[test]
fn but_said_after_another_verb_is_the_subjects_claim() {
    let c = claims_of(
        "Last month, Director Jane Holt called the agency's handling of the files \u{201c}extremely careless,\u{201d} but said no one should face charges.\n\nThe firm Halvorsen Partners keeps its own finances a secret but says its business has tripled in three years.",
    );
    assert_eq!(find(&c, "no one should face charges").speaker, "Jane Holt");
    assert_eq!(find(&c, "extremely careless").speaker, "Jane Holt");
    assert_eq!(
        find(&c, "business has tripled").speaker,
        "Halvorsen Partners"
    );
}

#[test]
fn a_pronoun_with_its_verb_run_in_is_no_name() {
    // "She's a Sanders supporter" is a clause: its "she" is Mattie Thomas, not someone called
    // Sanders.
    let c = claims_of(
        "\u{201c}It depends on age,\u{201d} said Mattie Thomas, a retired cook. She's a Sanders supporter but concedes that most of her friends love the Clintons.",
    );
    assert_eq!(find(&c, "most of her friends").speaker, "Mattie Thomas");
}

#[test]
fn a_website_is_a_source() {
    let c = claims_of(
        "Friends in the town were devastated by the news, according to RiversideNews.com.",
    );
    assert_eq!(
        find(&c, "devastated by the news").speaker,
        "RiversideNews.com"
    );
}

#[test]
fn a_quote_paragraph_with_no_credit_after_reported_speech_is_that_speakers() {
    let c = claims_of(
        "Mayor Linda Park said on Monday that the city would add 400 beds.\n\n\u{201c}That adds up to 900 beds over two years. Nobody will sleep outside.\u{201d}\n\nThe council met later.\n\n\u{201c}It is a waste of money.\u{201d}",
    );
    assert_eq!(find(&c, "900 beds").speaker, "Linda Park");
    // A narrator paragraph in between hands nobody on.
    assert_ne!(find(&c, "waste of money").speaker, "Linda Park");
}

#[test]
fn present_tense_credits_and_by_saying() {
    let c = claims_of(
        "\u{201c}Who can remember how many votes we lost? Was it two?\u{201d} Park asks.\n\nCouncilman Tom Reyes distanced himself from the plan by saying the city could not afford it.",
    );
    assert_eq!(find(&c, "Was it two").speaker, "Park");
    assert_eq!(find(&c, "could not afford it").speaker, "Tom Reyes");
}

#[test]
fn a_role_of_a_named_organisation_before_a_full_name_is_that_person() {
    let c = claims_of(
        "Secretary of State John Kerry said the talks would resume. Later, Kerry said the talks had failed.",
    );
    assert_eq!(find(&c, "would resume").speaker, "John Kerry");
    assert_eq!(find(&c, "had failed").speaker, "John Kerry");
}

#[test]
fn two_descriptions_joined_by_and_describe_the_person_named_after_them() {
    let c =
        claims_of("Former prosecutor and Riverside Mayor Linda Park said the bridge would reopen.");
    assert_eq!(find(&c, "bridge would reopen").speaker, "Linda Park");
}

#[test]
fn a_party_tag_alone_and_a_party_before_a_description_are_not_the_name() {
    let c = claims_of(
        "Gov. Linda Park (D), a longtime supporter, said the bridge would reopen.\n\n\u{201c}It is a distraction,\u{201d} said Republican party boss Tom Reyes.",
    );
    assert_eq!(find(&c, "bridge would reopen").speaker, "Linda Park");
    assert_eq!(find(&c, "It is a distraction").speaker, "Tom Reyes");
}

#[test]
fn a_passive_denial_verb_or_a_denial_with_nothing_after_it_is_no_denial() {
    let c = claims_of(
        "In 2009, the PVV launched a counter-initiative. The PVV was rejected by 59 percent of voters.\n\nMr. Holt, the former governor, had been soundly rejected by an electorate he no longer recognized.\n\nAfter the board heard the allegations, which Mr. Reyes denies, the talk of a strike ended.",
    );
    assert!(
        c.iter().all(|claim| claim.kind != ClaimKind::Denial),
        "{c:#?}"
    );
}

#[test]
fn conceding_or_maintaining_a_thing_is_no_speech_but_conceding_a_clause_is() {
    let c = claims_of(
        "Linda Park is conceding the race in Riverside in a phone call with Tom Reyes.\n\nPark still maintains an overwhelming lead among donors.\n\nTom Reyes conceded he had fallen short.\n\nLinda Park maintained on Monday that the bridge was safe.",
    );
    assert!(
        !c.iter().any(|claim| claim.kind != ClaimKind::Narrator
            && (claim.text.contains("the race in Riverside")
                || claim.text.contains("overwhelming lead"))),
        "{c:#?}"
    );
    assert_eq!(find(&c, "he had fallen short").speaker, "Tom Reyes");
    assert_eq!(find(&c, "the bridge was safe").speaker, "Linda Park");
}

#[test]
fn two_people_joined_by_and_are_not_the_second_alone() {
    let c = claims_of("Park and Tom Reyes said the tunnel would close in May.");
    let speaker = &find(&c, "tunnel would close").speaker;
    assert!(
        speaker.contains("Park") && speaker.contains("Reyes"),
        "{speaker}"
    );
}

#[test]
fn a_possessive_is_no_part_of_a_persons_name() {
    // "Linda Park's eyes welled" names Linda Park, not a second person "Linda Park's".
    let c = claims_of(
        "Linda Park said the bridge would reopen in May.\n\nLinda Park's eyes welled as she spoke. \u{201c}We built it together,\u{201d} she said.",
    );
    assert_eq!(find(&c, "We built it together").speaker, "Linda Park");
    let e = extract(vec![article(
        "Linda Park said the bridge would reopen in May.\n\nLinda Park's eyes welled as she spoke. \u{201c}We built it together,\u{201d} she said.",
    )]);
    assert!(
        e.speakers.iter().all(|s| !s.name.ends_with("'s")),
        "{:?}",
        e.speakers
    );
}

#[test]
fn a_credit_after_a_semicolon_covers_its_own_clause_only() {
    let c = claims_of(
        "The mayor needs about 40 percent of the vote, analysts say; in 2012, Tom Reyes won 31 percent of it.",
    );
    let credited = find(&c, "40 percent of the vote");
    assert_eq!(credited.speaker, "analysts");
    assert!(!credited.text.contains("2012"), "{credited:#?}");
    assert_eq!(find(&c, "in 2012").kind, ClaimKind::Narrator);
}

#[test]
fn an_inverted_credit_with_a_description_names_the_person() {
    let c = claims_of(
        "The fund is $2 million short, said former Riverside mayor Tom Reyes, who chairs the bridge committee.\n\nThe bridge was never inspected, said a former spokesman for the ministry, Linda Park, who worked on it.\n\nThe tunnel will close in May, regional transport ministry spokesman Karl Weber said.",
    );
    let fund = find(&c, "$2 million short");
    assert_eq!(fund.speaker, "Tom Reyes");
    assert!(!fund.text.contains("chairs"), "{fund:#?}");
    assert_eq!(find(&c, "never inspected").speaker, "Linda Park");
    assert_eq!(find(&c, "tunnel will close").speaker, "Karl Weber");
}

#[test]
fn a_subordinate_clause_and_the_main_clause_are_credited_apart() {
    let c = claims_of(
        "Even as Linda Park claimed on Tuesday that the bridge was safe, a former inspector, Tom Reyes, said the cables were rusted.\n\nAlthough in September she said the plan was a mistake, at the town hall this week she said it had saved money.",
    );
    let safe = find(&c, "the bridge was safe");
    assert_eq!(safe.speaker, "Linda Park");
    assert!(!safe.text.contains("cables"), "{safe:#?}");
    assert_eq!(find(&c, "cables were rusted").speaker, "Tom Reyes");
    let mistake = find(&c, "the plan was a mistake");
    assert_eq!(mistake.speaker, "Linda Park");
    assert!(!mistake.text.contains("saved"), "{mistake:#?}");
    assert_eq!(find(&c, "it had saved money").speaker, "Linda Park");
}

#[test]
fn a_quote_paragraph_after_a_colon_credit_is_the_credited_speakers() {
    let c = claims_of(
        "Reporter Linda Park says:\n\n\u{201c}Well, according to the engineers the bridge is a frontline.\u{201d}",
    );
    assert_eq!(find(&c, "the bridge is a frontline").speaker, "Linda Park");
}

#[test]
fn a_named_spokesman_speaks_for_himself_and_a_city_with_its_state_is_one_place() {
    let c = claims_of(
        "Tom Reyes, Park's spokesman, suggested the count had been rigged.\n\nMary Cole, a commuter from Jackson, Miss., attending the hearing, said she could not support the plan.\n\nOn Christmas Day, the Riverside Gazette reported that the bridge had closed.",
    );
    assert_eq!(find(&c, "had been rigged").speaker, "Tom Reyes");
    assert_eq!(find(&c, "could not support the plan").speaker, "Mary Cole");
    assert_eq!(
        find(&c, "the bridge had closed").speaker,
        "Riverside Gazette"
    );
}

#[test]
fn two_word_verbs_plural_possessives_and_unlisted_verbs_after_a_quote_credit() {
    let c = claims_of(
        "As Tom Reyes pointed out in December, \u{201c}The delegates will have many chances to change the rule.\u{201d}\n\n\u{201c}This is fantastic!\u{201d} beamed Linda Park of Madison, Alabama.\n\nBernie Sanders\u{2019} campaign says it raised more than $21 million in January.",
    );
    assert_eq!(find(&c, "many chances").speaker, "Tom Reyes");
    assert_eq!(find(&c, "This is fantastic").speaker, "Linda Park");
    let raised = find(&c, "raised more than");
    assert_ne!(raised.kind, ClaimKind::Narrator, "{raised:#?}");
    assert!(raised.speaker.contains("Sanders"), "{raised:#?}");
}

#[test]
fn a_description_after_a_name_and_a_clause_after_and_keep_their_own_subjects() {
    let c = claims_of(
        "Linda Park, host of Channel 5\u{2019}s \u{201c}Morning Tom,\u{201d} suggested the delay could cost the mayor his job.\n\nThe mayor visited the plant on Monday, and Tom Reyes later met the workers and said the plant would close.",
    );
    assert_eq!(find(&c, "could cost the mayor").speaker, "Linda Park");
    assert_eq!(find(&c, "the plant would close").speaker, "Tom Reyes");
}

#[test]
fn a_noun_phrase_that_opens_the_sentence_is_the_speech_verbs_subject() {
    let c = claims_of(
        "The ad says \u{201c}nothing will change until we elect new leaders.\u{201d}\n\nSome said they were surprised by the vote.\n\nBy wide margins, those surveyed say a new bridge would help.\n\nThe flood of letters he sent out in 2013 was long.",
    );
    assert_eq!(find(&c, "nothing will change").speaker, "ad");
    assert_eq!(find(&c, "they were surprised").speaker, "some");
    assert_eq!(
        find(&c, "a new bridge would help").speaker,
        "those surveyed"
    );
    assert_eq!(find(&c, "flood of letters").kind, ClaimKind::Narrator);
}

#[test]
fn a_relative_clause_credits_a_described_or_restrictive_antecedent() {
    let c = claims_of(
        "\u{201c}I never saw the inspection report,\u{201d} said one former city engineer, who said he left on good terms.\n\nThe vote gave new hope to Democrats who say the toll is a burden.",
    );
    assert_eq!(
        find(&c, "he left on good terms").speaker,
        "one former city engineer"
    );
    assert_eq!(find(&c, "the toll is a burden").speaker, "Democrats");
}

#[test]
fn a_named_claim_noun_is_its_owners_claim_unless_a_verb_credits_the_sentence() {
    let c = claims_of(
        "But Hendricks's most explosive claim is that the bridge was never inspected.\n\nLinda Park said Hendricks's claim that the cables are rusted is simply not true.",
    );
    assert_eq!(find(&c, "never inspected").speaker, "Hendricks");
    let denial = find(&c, "the cables are rusted");
    assert_eq!(denial.speaker, "Linda Park");
}

#[test]
fn an_ordinal_that_opens_the_sentence_is_no_speaker() {
    let c = claims_of(
        "First, county officials said the meeting would begin without them.\n\nFirst Lady Michelle Obama said the garden would stay.",
    );
    assert_ne!(find(&c, "meeting would begin").speaker, "First");
    assert_eq!(find(&c, "garden would stay").speaker, "Michelle Obama");
}

#[test]
fn a_participle_right_after_a_quote_is_the_quoted_speakers_next_claim() {
    let c = claims_of(
        "Tom Reyes said of the vote, \u{201c}I don't like it,\u{201d} adding that \u{201c}the drivers are angrier than ever.\u{201d}",
    );
    let added = find(&c, "the drivers are angrier");
    assert_eq!(added.speaker, "Tom Reyes");
    assert_ne!(added.kind, ClaimKind::Narrator);
}

#[test]
fn a_subject_after_an_opening_phrase_or_before_a_negated_verb_is_in_focus() {
    let c = claims_of(
        "Linda Park isn\u{2019}t worried by the delays \u{2014} in fact, she said they help her.\n\nMary Cole spoke first. At the news conference, Linda Park all but begged reporters to ask about the bridge. \u{201c}We're going to keep building,\u{201d} she said.",
    );
    assert_eq!(find(&c, "they help her").speaker, "Linda Park");
    assert_eq!(find(&c, "keep building").speaker, "Linda Park");
}

#[test]
fn a_credit_after_a_colon_opens_a_claim_of_its_own_but_a_list_does_not() {
    let c = claims_of(
        "And it is no secret: According to recent polls, Tom Reyes holds only 14 percent of the vote.\n\nThe bridge cost more than planned, according to the report she released.\n\nLinda Park said he is left with two options: Vote for the plan, which he called a disgrace, or resign.",
    );
    let polls = find(&c, "holds only 14 percent");
    assert_eq!(polls.speaker, "recent polls");
    assert!(!polls.text.contains("unnoticed"), "{polls:#?}");
    assert_eq!(find(&c, "cost more than planned").speaker, "report");
    assert_eq!(find(&c, "two options").speaker, "Linda Park");
}

#[test]
fn both_between_a_plural_subject_and_its_verb_is_no_obstacle() {
    let c = claims_of(
        "Linda Park and Tom Reyes have both argued that the bridge lost money because of tolls.",
    );
    assert_ne!(find(&c, "lost money").kind, ClaimKind::Narrator);
}

#[test]
fn a_possessive_description_credits_a_trailing_claim() {
    let c = claims_of("The couple had just moved to a farm near Riverside, his brother added.");
    assert_eq!(find(&c, "a farm near Riverside").speaker, "brother");
}

#[test]
fn a_second_participle_after_and_or_but_hangs_on_the_same_subject() {
    let c = claims_of(
        "Tom Reyes released a statement on Saturday, describing the engineer as a hero but insisting that the city had no right to close the bridge.",
    );
    assert_eq!(find(&c, "no right to close").speaker, "Tom Reyes");
}

#[test]
fn a_progressive_speech_verb_after_and_shares_the_auxiliary() {
    let c = claims_of(
        "Tom Reyes himself has been making this argument and boldly claiming that the bridge is his to rebuild.",
    );
    assert_eq!(find(&c, "his to rebuild").speaker, "Tom Reyes");
}

#[test]
fn a_restrictive_who_clause_inside_the_subject_leaves_its_head_the_speaker() {
    let c = claims_of(
        "The Romanian hacker who exposed the emails said that the mayor used a private account.",
    );
    assert_eq!(
        find(&c, "used a private account").speaker,
        "Romanian hacker"
    );
}

#[test]
fn a_long_quote_inside_a_sentence_is_the_words_of_the_person_it_is_about() {
    let c = claims_of(
        "Tom Reyes has attacked the council all week.\n\nReyes’s line in that race was that his rival “would say or do anything to win an election in this town.”\n\nThe stadium with its “smart” roof, which Reyes pushed for, opened in May.",
    );
    let long = find(&c, "say or do anything");
    assert_eq!(long.kind, ClaimKind::Quote);
    assert_eq!(long.speaker, "Tom Reyes");
    // A short label inside a sentence stays part of the narration.
    assert!(c
        .iter()
        .all(|x| x.kind == ClaimKind::Narrator || !x.text.starts_with("smart")));
}

#[test]
fn as_someone_put_it_credits_the_quote_that_follows() {
    let c = claims_of(
        "As the Herald’s Linda Park puts it, “Council members are unmoved, and residents are uninspired.”\n\nAs Tom Reyes, professor of law at Riverside and author of “The Bridge,” put it, “The council should remember that a deal today may be better.”\n\nAs Karl Weber, the No. 2 in the council, put it: “This plan will not pass.”\n\nAs the bank’s chief executive, Tom Hendricks, put it in his memo to staff, “Imagine a world where we are all connected.”\n\nAs Mary Cole noted two weeks ago, the bridge has never made money.",
    );
    assert_eq!(find(&c, "residents are uninspired").speaker, "Linda Park");
    assert_eq!(find(&c, "a deal today").speaker, "Tom Reyes");
    assert_eq!(find(&c, "will not pass").speaker, "Karl Weber");
    assert_eq!(find(&c, "all connected").speaker, "Tom Hendricks");
    let dated = find(&c, "never made money");
    assert_eq!(dated.speaker, "Mary Cole");
    assert!(!dated.text.contains("weeks ago"), "{dated:#?}");
}

#[test]
fn the_governor_is_the_person_an_abbreviated_title_introduced() {
    let c = claims_of(
        "Indiana Gov. Tom Reyes spoke on Monday, and Sen. Mary Cole spoke after him.\n\n“I want to thank the workers,” the governor said. “It is a waste,” the senator said.\n\n“We will vote no,” a Democratic senator said.",
    );
    assert_eq!(find(&c, "thank the workers").speaker, "Tom Reyes");
    assert_eq!(find(&c, "It is a waste").speaker, "Mary Cole");
    // Someone not named is nobody named earlier.
    assert_ne!(find(&c, "We will vote no").speaker, "Mary Cole");
}

#[test]
fn a_surname_before_a_described_appositive_is_the_subject() {
    let c = claims_of(
        "Gov. Mary Cole spoke first. Tom Reyes then took the stage.\n\nReyes, Riverside’s former governor, also attacked the council, calling it a “disgrace.”",
    );
    assert_eq!(find(&c, "disgrace").speaker, "Tom Reyes");
}

#[test]
fn a_sentence_opened_by_a_title_puts_its_named_holder_in_focus() {
    let c = claims_of(
        "Indiana Gov. Tom Reyes spoke on Monday. Sen. Karl Weber of Vermont spoke after him.\n\n“I want to commend Linda Park,” the governor said.\n\nThe Vermont senator is struggling. He continues to insist that he will fight on.",
    );
    assert_eq!(find(&c, "he will fight on").speaker, "Karl Weber");
}

#[test]
fn a_described_speaker_keeps_the_capital_of_a_name_it_opens_with() {
    let c = claims_of(
        "Tom Reyes and Mary Cole met the council. Reyes spoke first.\n\nReyes and his supporters said the bridge must be rebuilt.\n\nMr. Reyes’s advisers said the vote would be close.\n\nProtesters said the plan was a waste.",
    );
    assert_eq!(
        find(&c, "must be rebuilt").speaker,
        "Reyes and his supporters"
    );
    assert_eq!(find(&c, "would be close").speaker, "Mr. Reyes's advisers");
    assert_eq!(find(&c, "was a waste").speaker, "protesters");
}

#[test]
fn a_time_or_a_participle_is_no_described_speaker_but_a_relative_clauses_subject_is() {
    let c = claims_of(
        "Three years after Republicans vowed to do a better job with voters, the party has done the opposite.\n\nBetween 130 and 160 courses close every year, a trend that the foundation predicts will continue for years.\n\nHe spent the morning on one knee, all but begging a woman who claimed to be undecided to vote for him.",
    );
    assert_eq!(find(&c, "done the opposite").speaker, "Republicans");
    assert_eq!(find(&c, "continue for years").speaker, "the foundation");
    assert!(c.iter().all(|x| !x.speaker.contains("begging")), "{c:#?}");
}

#[test]
fn a_word_capitalised_only_after_a_stop_or_inside_an_organisations_name_is_no_name() {
    let c = claims_of(
        "The plant sits by the South China Sea. Critics said the plan was a waste.\n\nThe Riverside Workers of America union met. Workers said the plant must stay open.\n\nLinda Park, the mayor, also spoke. Park and her supporters said the bridge must be rebuilt.",
    );
    assert_eq!(find(&c, "was a waste").speaker, "critics");
    assert_eq!(find(&c, "must stay open").speaker, "workers");
    assert_eq!(
        find(&c, "must be rebuilt").speaker,
        "Park and her supporters"
    );
}

#[test]
fn he_in_a_quote_sentence_is_the_person_the_sentence_opens_with() {
    let c = claims_of(
        "Tom Reyes attacked the plan on Sunday, saying the council had failed.\n\nVice President Karl Weber weighed in as well, telling the Herald in an interview, “But gosh, they are both qualified,” he said.",
    );
    assert_eq!(find(&c, "both qualified").speaker, "Karl Weber");
}

#[test]
fn it_is_never_a_plural_group_and_who_after_an_appositive_is_the_named_person() {
    let c = claims_of(
        "In a post on Friday, the Riverside Transit Authority said threats had long been against its rules.\n\nSuch threats are common among critics of the bridge, experts said. It added that it would act.\n\nThe plan was backed on Friday by Sen. Mary Cole of Riverside, the ranking Democrat on the Senate Finance Committee, who said none of the money came from the city.",
    );
    assert_eq!(
        find(&c, "it would act").speaker,
        "Riverside Transit Authority"
    );
    assert_eq!(find(&c, "none of the money").speaker, "Mary Cole");
}

#[test]
fn credits_after_an_opening_phrase_or_on_a_dash_line_name_the_speaker() {
    let c = claims_of(
        "The mayor made the claim in a debate.\n\n“Almost all new income is going to the top 1 percent of the town.”\n\n- Tom Reyes.\n\nIn response to the loss of life, council member Mary Cole issued the following statement: “Our prayers are with all those affected.”\n\nLinda Park, who called Reyes shortly after the winner was declared, told her supporters, “I still love this town.”\n\nWalking to the next address, Linda Park recalled her school days, and said their views were changed by the war.",
    );
    assert_eq!(find(&c, "top 1 percent").speaker, "Tom Reyes");
    assert_eq!(find(&c, "Our prayers").speaker, "Mary Cole");
    assert_eq!(find(&c, "still love this town").speaker, "Linda Park");
    assert_eq!(find(&c, "changed by the war").speaker, "Linda Park");
}

#[test]
fn a_quote_whose_sentence_runs_on_is_credited_by_its_last_part() {
    let c = claims_of(
        "“Many would consider that an embarrassment for the mayor” if she did not win by a margin larger than that, said Tom Reyes, an elections analyst at the Herald.",
    );
    assert_eq!(find(&c, "an embarrassment").speaker, "Tom Reyes");
}

#[test]
fn an_uncredited_quote_after_a_narrator_sentence_is_its_subjects() {
    let c = claims_of(
        "Tom Reyes spoke to the union on Monday. Linda Park touted her record on jobs. “We need to find ways to support workers who want a union.”\n\nMary Cole visited the plant. The tour took an hour.\n\n“It was a long day.”",
    );
    assert_eq!(find(&c, "support workers").speaker, "Linda Park");
    // Only right after the sentence: not across another sentence, nor into the next paragraph.
    assert_ne!(find(&c, "a long day").speaker, "Mary Cole");
}

#[test]
fn a_clause_after_a_spaced_dash_with_its_own_credit_is_a_claim_of_its_own() {
    let c = claims_of(
        "Reyes is seen as more capable than Park - 60 percent of voters said Reyes would be better at handling the bridge.\n\nPark was a careful planner - a former aide said she demanded detailed notes before every meeting - and her staff was no less careful.\n\nBut the founders have said repeatedly they do not want to run the paper.",
    );
    assert_eq!(
        find(&c, "better at handling").speaker,
        "60 percent of voters"
    );
    let notes = find(&c, "demanded detailed notes");
    assert_eq!(notes.speaker, "former aide");
    assert!(!notes.text.contains("staff"), "{notes:#?}");
    let founders = find(&c, "run the paper");
    assert!(founders.text.starts_with("they"), "{founders:#?}");
}

#[test]
fn with_someone_saying_credits_the_clause_to_them() {
    let c = claims_of(
        "Voters still view Linda Park as more prepared for the job, with 50 percent saying she is ready for it.\n\nOthers went further, with former Gov. Tom Hendricks repeatedly calling the mayor a fraud.",
    );
    assert_eq!(find(&c, "she is ready").speaker, "50 percent");
    assert_eq!(find(&c, "a fraud").speaker, "Tom Hendricks");
}

#[test]
fn quoted_words_in_a_relative_clause_are_the_antecedents() {
    let c = claims_of(
        "The row triggered a damning reaction from Mayor Karl Weber, who called the candidate “unfit to serve” as mayor.",
    );
    let called = find(&c, "unfit to serve");
    assert_eq!(called.speaker, "Karl Weber");
    assert_eq!(called.kind, ClaimKind::Reported);
}

#[test]
fn a_second_speech_verb_with_its_auxiliary_after_and_shares_the_subject() {
    let c = claims_of(
        "Council member Tom Reyes describes himself as a builder and has said that he would fix the bridge.",
    );
    assert_eq!(find(&c, "fix the bridge").speaker, "Tom Reyes");
}

#[test]
fn a_title_in_quote_marks_and_a_long_appositive_leave_the_credit_whole() {
    let c = claims_of(
        "The new plans “will not solve this problem, but are steps in the right direction,” Mary Cole, assistant secretary for housing, transport, and parks, said on the same call.\n\nIn an interview on his podcast “The Axe Files” out Thursday, Linda Park said her union is going into “hyperdrive” against the plan.",
    );
    let plans = find(&c, "steps in the right direction");
    assert_eq!(plans.speaker, "Mary Cole");
    assert!(plans.text.starts_with("The new plans"), "{plans:#?}");
    assert_eq!(find(&c, "going into").speaker, "Linda Park");
    assert!(c.iter().all(|x| x.text != "The Axe Files"), "{c:#?}");
}

#[test]
fn as_first_reported_by_at_the_end_credits_the_clause_before_it() {
    let c = claims_of(
        "The main super PAC, Riverside Action, started reserving ad time in swing states this week, as first reported by the Herald on Tuesday.",
    );
    let reserved = find(&c, "reserving ad time");
    assert_eq!(reserved.speaker, "Herald");
    assert!(
        c.iter().all(|x| !x.text.starts_with("by the Herald")),
        "{c:#?}"
    );
}

#[test]
fn a_verb_joined_by_and_before_a_quote_is_the_subjects_not_the_words_before_and() {
    let c = claims_of(
        "Tom Reyes blasted the witness during a rally, calling her a “horrible, horrible witness,” and then tweeted that she was “Disgraceful!”\n\nSome in the crowd booed, and when Reyes thanked the city and said it was great to be home, a man yelled “Stay there!”",
    );
    assert_eq!(find(&c, "Disgraceful").speaker, "Tom Reyes");
    assert_ne!(find(&c, "Stay there").speaker, "Tom Reyes");
}

#[test]
fn a_subject_introduced_with_an_age_and_a_place_is_who_he_means_next() {
    let c = claims_of(
        "Spokesman Tom Reyes said groups of observers were sent with the marchers.\n\nZorvan Keddle, 13, of Riverside sold water on Broad Street. He said he came up with the sign idea on his own.",
    );
    assert_eq!(find(&c, "sign idea").speaker, "Zorvan Keddle");
}

#[test]
fn what_a_document_reads_is_the_documents_words() {
    let c = claims_of(
        "The campaign sent a fundraising email on Wednesday.\n\n“Friend, let me be blunt. I can beat the mayor,” the email read.\n\n“I am still with Reyes,” her sign read.",
    );
    assert_eq!(find(&c, "let me be blunt").speaker, "email");
    assert_eq!(find(&c, "still with Reyes").speaker, "sign");
}

#[test]
fn a_short_clause_with_an_unlisted_past_verb_introduces_the_quote_after_it() {
    let c = claims_of(
        "During their first debate, Linda Park cracked, “I am a builder, but a builder who likes to get things done.”\n\nTom Reyes, a Park ally, called the city’s standards “strong.”",
    );
    assert_eq!(find(&c, "likes to get things done").speaker, "Linda Park");
    assert!(c.iter().all(|x| !x.speaker.contains("standards")), "{c:#?}");
}

#[test]
fn a_number_of_a_group_after_and_is_a_speaking_share() {
    let c = claims_of(
        "Some council members declined to comment. And a significant number of Democrats said they are fine with however it plays out.",
    );
    assert_eq!(
        find(&c, "fine with however").speaker,
        "significant number of Democrats"
    );
}

#[test]
fn a_place_before_a_comma_is_no_part_of_the_name_after_it() {
    let c = claims_of(
        "Tom Reyes held a rally on Monday.\n\nSpeaking at a town hall event in Salem, New Hampshire, Reyes went after the mayor, calling him “a total stiff.”",
    );
    let stiff = find(&c, "a total stiff");
    assert_eq!(stiff.speaker, "Tom Reyes");
    assert_eq!(stiff.mention.as_deref(), Some("Reyes"));
}

#[test]
fn a_subject_after_an_opening_participle_or_clause_is_in_focus() {
    let c = claims_of(
        "\u{201c}The audit is late,\u{201d} said Tom Reyes, an analyst.\n\nSpeaking in Riverside, city spokesman Karl Weber repeated that the city opposed the plan. People should wait for the audit, he told reporters.\n\n\u{201c}The bridge is safe,\u{201d} said Tom Reyes.\n\nAfter the vote was counted, Paul Brandt, the mayor, left the hall early. It was a long night, he told reporters.",
    );
    assert_eq!(find(&c, "wait for the audit").speaker, "Karl Weber");
    assert_eq!(find(&c, "long night").speaker, "Paul Brandt");
}

#[test]
fn an_asked_question_is_marked_and_its_asker_is_not_who_answers() {
    let c = claims_of(
        "\u{201c}We will win the county,\u{201d} Karl Weber said at a rally in Riverside.\n\nWeber also did not exude confidence when Paul Brandt asked whether the party would hold the House. \u{201c}The one thing I think you can predict of this year, it is gonna be unpredictable,\u{201d} he said.",
    );
    let question = find(&c, "whether the party would hold");
    assert_eq!(question.speaker, "Paul Brandt");
    assert_eq!(question.form, Some("question"));
    assert_eq!(find(&c, "gonna be unpredictable").speaker, "Karl Weber");
}

#[test]
fn a_rank_abbreviation_after_a_service_name_keeps_the_credit_whole() {
    let c = claims_of(
        "\u{201c}The candidates just don't understand the military,\u{201d} said Army Capt. Linda Park, who said she would not vote. \u{201c}We need a plan,\u{201d} said Navy Sgt. Tom Reyes.",
    );
    assert_eq!(find(&c, "understand the military").speaker, "Linda Park");
    assert_eq!(find(&c, "need a plan").speaker, "Tom Reyes");
}

#[test]
fn a_trailing_credit_with_an_auxiliary_credits_the_sentence_but_a_clause_does_not() {
    let c = claims_of(
        "The city made a mistake in the background check for the contractor, Karl Weber has said.\n\nLinda Park wants to cut the budget for the bridge, while Tom Reyes has vowed to leave such spending untouched.",
    );
    assert_eq!(find(&c, "made a mistake").speaker, "Karl Weber");
    assert!(c
        .iter()
        .all(|x| !(x.text.contains("cut the budget") && x.speaker == "Tom Reyes")));
}

#[test]
fn a_statement_saying_credits_its_issuer_past_a_day_and_a_town_is_an_issuer() {
    let c = claims_of(
        "Karl Weber released a statement Wednesday saying the audit was flawed.\n\nThe town released a statement saying the bridge is safe.",
    );
    assert_eq!(find(&c, "audit was flawed").speaker, "Karl Weber");
    assert_eq!(find(&c, "bridge is safe").speaker, "the town");
}

#[test]
fn an_adverb_between_a_name_and_its_verb_after_an_opening_clause_keeps_the_credit() {
    let c = claims_of(
        "When asked about the bridge and its costs, Linda Park gingerly said that the voters would decide.\n\nA Reyes ally said the plan was dead.\n\nFor Tom Reyes, Riverside's emotionally charged vote is the sort of upset he fears.",
    );
    assert_eq!(find(&c, "voters would decide").speaker, "Linda Park");
    assert_ne!(find(&c, "plan was dead").kind, ClaimKind::Narrator);
    assert_eq!(find(&c, "sort of upset").kind, ClaimKind::Narrator);
}

#[test]
fn a_speech_participle_after_a_trailing_credit_is_a_second_claim() {
    let c = claims_of(
        "Reyes intends to deliver an address at the Riverside Press Club this month, Linda Park said, adding that he would also hold similar events.\n\nThe city cannot say that, Karl Weber added, saying it should be up to the prosecutor to decide.\n\nSales were great, Mary Cole said, wiping sweat from her brow.",
    );
    let first = find(&c, "deliver an address");
    assert!(!first.text.contains("similar events"), "{first:#?}");
    assert_eq!(find(&c, "hold similar events").speaker, "Linda Park");
    assert_eq!(find(&c, "up to the prosecutor").speaker, "Karl Weber");
    assert!(c
        .iter()
        .all(|x| !(x.text.contains("sweat") && x.kind != ClaimKind::Narrator)));
}

#[test]
fn a_speech_participle_after_a_connective_is_a_second_claim_too() {
    let c = claims_of(
        "“There is great danger at the border,” Tom Reyes told reporters, before insisting he had a great relationship with the unions.\n\nThe budget is balanced, Linda Park said, while noting that the pension fund would need more money.",
    );
    assert_eq!(find(&c, "great relationship").speaker, "Tom Reyes");
    assert_eq!(find(&c, "pension fund").speaker, "Linda Park");
    assert!(!find(&c, "budget is balanced").text.contains("pension"));
}

#[test]
fn a_closing_mark_typed_as_an_opening_one_does_not_swallow_the_paragraph() {
    let c = claims_of(
        "Tom Reyes called the plan “reckless“ at a rally. “We will repeal it on the first day,” Tom Reyes told reporters.",
    );
    let quote = find(&c, "repeal it");
    assert_eq!(quote.speaker, "Tom Reyes");
    assert_eq!(quote.kind, ClaimKind::Quote);
    assert_eq!(quote.text, "We will repeal it on the first day,");
}

#[test]
fn a_participle_after_a_subordinate_clause_is_that_clause_subjects() {
    let c = claims_of(
        "It was a potent punch by the two women, as Linda Park echoed the criticism, saying Reyes is not in it for the people.",
    );
    assert_eq!(find(&c, "not in it for the people").speaker, "Linda Park");
}

#[test]
fn an_auxiliary_after_the_subject_ends_the_subject() {
    let c = claims_of(
        "Karl Weber did give Reyes some credit during the interview, saying he should be congratulated for the success of his campaign.",
    );
    assert_eq!(find(&c, "should be congratulated").speaker, "Karl Weber");
}

#[test]
fn an_inverted_credit_names_the_person_after_a_description_and_before_a_date() {
    let c = claims_of(
        "The plant is hanging on, said the company's chief executive, Tom Reyes.\n\nThe review found no ties of any consequence, said the bureau's director, Karl Weber, on Monday.",
    );
    assert_eq!(find(&c, "hanging on").speaker, "Tom Reyes");
    assert_eq!(find(&c, "no ties of any").speaker, "Karl Weber");
}

#[test]
fn a_quantifier_before_a_plural_agent_noun_is_a_group_subject() {
    let c = claims_of("Some engineers say the efforts to fix the bridge have been toothless.");
    assert_eq!(find(&c, "have been toothless").speaker, "some engineers");
}

#[test]
fn a_passive_participle_set_off_by_commas_is_no_credit() {
    let c = claims_of(
        "The tentative deal, announced Friday, would last four years.\n\nThe new budget, released on Tuesday, cuts spending on roads and bridges.",
    );
    assert!(c.iter().all(|x| x.kind == ClaimKind::Narrator), "{c:#?}");
}

#[test]
fn the_subject_of_a_passive_speech_verb_said_nothing() {
    let c = claims_of(
        "Three city commissioners were charged with receiving bribes from developers.\n\nLinda Park was declared the winner in the Riverside primary.\n\nKarl Weber was confirmed 92 to 0.",
    );
    assert!(c.iter().all(|x| x.kind == ClaimKind::Narrator), "{c:#?}");
}

#[test]
fn reported_speech_before_a_participle_that_introduces_a_quote_is_a_claim() {
    let c = claims_of(
        "In a 2014 interview with the Riverside Herald, Karl Weber insisted it was \"premature\" to back Park's campaign for mayor while adding on climate matters, \"I don't have any doubt that her heart is in the right place.\"",
    );
    let reported = find(&c, "to back Park's campaign");
    assert_eq!(reported.speaker, "Karl Weber");
    assert!(!reported.text.contains("adding"), "{reported:#?}");
    assert_eq!(
        find(&c, "her heart is in the right place").speaker,
        "Karl Weber"
    );
}

#[test]
fn a_counted_share_of_a_group_with_a_long_description_is_the_speaker() {
    let c =
        claims_of("Six in 10 Ohio Democratic primary voters said the economy was the top issue.");
    assert_eq!(
        find(&c, "economy was the top issue").speaker,
        "six in 10 Ohio Democratic primary voters"
    );
}

#[test]
fn one_or_another_and_a_person_noun_credit_a_quote() {
    let c = claims_of(
        "\u{201c}Tom Reyes will run,\u{201d} said Linda Park, the mayor.\n\n\u{201c}If anything goes wrong, they will find a way to blame us,\u{201d} wrote one commenter.\n\nAnother child responded, \u{201c}That's the mayor's husband.\u{201d}",
    );
    assert_eq!(find(&c, "find a way to blame").speaker, "one commenter");
    assert_eq!(find(&c, "mayor's husband").speaker, "another child");
}

#[test]
fn a_day_and_a_place_before_a_titled_name_open_the_sentence() {
    let c = claims_of(
        "Saturday at the Ohio Democratic party convention Sen. Linda Park (D-OH) said Reyes was a failure in business.",
    );
    let claim = find(&c, "failure in business");
    assert_eq!(claim.speaker, "Linda Park");
    assert_eq!(claim.org, None, "{claim:#?}");
}

#[test]
fn two_plural_groups_joined_by_and_are_one_subject() {
    let c = claims_of(
        "Politicians and even some engineers say the efforts to fix the bridge have been toothless.",
    );
    assert_eq!(
        find(&c, "have been toothless").speaker,
        "politicians and even some engineers"
    );
}

#[test]
fn an_adverb_in_ly_after_an_auxiliary_keeps_the_subject() {
    let c = claims_of(
        "Tom Reyes has vigorously denied the fraud claims.\n\nLinda Park had repeatedly argued that the bridge was unsafe.",
    );
    let denial = find(&c, "the fraud claims");
    assert_eq!(denial.speaker, "Tom Reyes");
    assert_eq!(denial.kind, ClaimKind::Denial);
    assert_eq!(find(&c, "the bridge was unsafe").speaker, "Linda Park");
}

#[test]
fn a_relative_clause_after_a_description_is_the_named_persons() {
    let c = claims_of(
        "\u{201c}That may be of concern,\u{201d} said Paul Brandt, a doctor from Englewood, who said he is friendly with the family.",
    );
    assert_eq!(find(&c, "friendly with the family").speaker, "Paul Brandt");
}

#[test]
fn a_relative_clause_runs_past_a_cue_inside_it() {
    let c = claims_of(
        "The plan is not good enough, said Karl Weber, who notes that the company has vowed to cut costs.",
    );
    let claim = find(&c, "the company has vowed to cut costs");
    assert_eq!(claim.speaker, "Karl Weber");
    assert_eq!(find(&c, "not good enough").speaker, "Karl Weber");
}

#[test]
fn an_indefinite_description_after_a_title_leaves_the_person_named_first() {
    let c = claims_of(
        "Linda Park, director of the Riverside Majority PAC, a Democratic super PAC, said the plan would fail.\n\nFriday on Channel 5\u{2019}s \u{201c}Morning Park,\u{201d} Sen. Mary Cole (D-OH), a supporter of the plan, told host Tom Reyes she believed that the bill would pass.",
    );
    assert_eq!(find(&c, "the plan would fail").speaker, "Linda Park");
    assert_eq!(find(&c, "the bill would pass").speaker, "Mary Cole");
}

/// A headline alone, with a body after it (`claims_of` puts a headline of its own first).
fn claims_under_headline(headline: &str) -> Vec<Claim> {
    let text = format!("{headline}\n\nRIVERSIDE \u{2014} The council met on Monday.");
    extract(vec![Article::from_plain("t", text)]).claims
}

#[test]
fn a_headline_that_names_who_acts_is_their_stance_or_call() {
    let calls = claims_under_headline(
        "Tom Reyes Calls for Special Prosecutor after Report Reveals Meetings with Donors.",
    );
    assert_eq!(find(&calls, "Special Prosecutor").speaker, "Tom Reyes");
    assert!(!calls.iter().any(|c| c.speaker == "unknown"), "{calls:#?}");
    let praises = claims_under_headline("Linda Park praises Tom Reyes for his work on the bridge.");
    assert_eq!(
        find(&praises, "Tom Reyes for his work").speaker,
        "Linda Park"
    );
}

#[test]
fn a_headline_act_needs_a_plain_subject_and_an_active_verb() {
    for headline in [
        "Putin chides Turkey and praises Trump at news conference.",
        "Actor Who Endorsed Ted Cruz Just Called Hillary A Name That Will Make Her Cringe.",
        "Tom Reyes Accused Of Shocking Act With Bible In Fit Of Rage.",
    ] {
        let c = claims_under_headline(headline);
        assert!(
            c.iter().all(|c| c.kind == ClaimKind::Narrator),
            "{headline}: {c:#?}"
        );
    }
}

#[test]
fn a_progressive_speech_verb_after_still_or_already() {
    let c = claims_of(
        "Tom Reyes is still insisting that the bridge is safe.\n\nLinda Park\u{2019}s campaign is already claiming victory in the river districts.",
    );
    assert_eq!(find(&c, "the bridge is safe").speaker, "Tom Reyes");
    assert_eq!(
        find(&c, "victory in the river districts").speaker,
        "Linda Park campaign"
    );
}

#[test]
fn asking_someone_about_something_is_a_question() {
    let c = claims_of(
        "In the same debate, moderator Karl Weber asked Reyes about his ties to a supplement maker.",
    );
    let q = find(&c, "his ties to a supplement maker");
    assert_eq!(q.speaker, "Karl Weber");
    assert_eq!(q.form, Some("question"));
}

#[test]
fn a_stance_after_an_appositive_is_the_named_persons() {
    let c = claims_of(
        "Paul Brandt, national director of Priests for Life, criticized the party\u{2019}s draft platform on abortion.\n\nMartha Cole, a Reyes delegate from Vermont, criticized her state\u{2019}s lax gun laws.",
    );
    let s = find(&c, "draft platform on abortion");
    assert_eq!(s.speaker, "Paul Brandt");
    assert_eq!(s.form, Some("stance"));
    assert_eq!(find(&c, "lax gun laws").speaker, "Martha Cole");
    // A title-case headline's clause before a comma names no one.
    let h = extract(vec![Article::from_plain(
        "t",
        "Reyes Aims Insult At Park, Slams Riverside Pride Instead.\n\nThe council met on Monday."
            .into(),
    )])
    .claims;
    assert!(h.iter().all(|c| c.kind == ClaimKind::Narrator), "{h:#?}");
}

#[test]
fn a_quoted_title_inside_an_appositive_is_no_quote() {
    let c = claims_of(
        "Reyes, the host of the cooking show “The Mentor,” said on Monday that the festival would move to May.",
    );
    assert!(c.iter().all(|c| c.text != "The Mentor,"), "{c:#?}");
    let claim = find(&c, "the festival would move to May");
    assert_eq!(claim.speaker, "Reyes");
    assert_eq!(claim.kind, ClaimKind::Reported);
}

#[test]
fn a_speech_verb_with_an_aside_then_that_opens_its_own_sentence() {
    let c = claims_of(
        "Mayor Linda Park called the plan “a disgrace.” She also said, without evidence, that “the council took money from the builders.”",
    );
    assert_eq!(find(&c, "a disgrace").speaker, "Linda Park");
    let second = find(&c, "took money from the builders");
    assert_eq!(second.speaker, "Linda Park");
    assert_ne!(second.text, find(&c, "a disgrace").text);
}

#[test]
fn an_organisation_owned_by_a_described_person_speaks() {
    let c = claims_of(
        "Presidential candidate Tom Reyes’s campaign says two dozen state legislators are endorsing him.",
    );
    assert_eq!(
        find(&c, "two dozen state legislators").speaker,
        "Tom Reyes campaign"
    );
}

#[test]
fn a_document_filed_or_issued_speaks_for_itself() {
    let c = claims_of(
        "A court document filed Thursday says that the mayor's aide will not be charged.\n\nTown land records indicate that a company called Northgate Holdings sold the lot for $510,000.",
    );
    assert_eq!(find(&c, "will not be charged").speaker, "court document");
    // "records indicate that a company called X": naming, and no speaker "records indicate".
    assert!(c.iter().all(|c| !c.speaker.contains("indicate")), "{c:#?}");
}

#[test]
fn a_long_description_joined_by_and_is_a_speaker() {
    let c = claims_of(
        "The Democratic presidential front-runner and former secretary of state said the country needed a more robust air campaign.",
    );
    let claim = find(&c, "a more robust air campaign");
    assert_eq!(claim.kind, ClaimKind::Reported);
    assert!(claim.speaker.contains("front-runner"), "{claim:#?}");
}

#[test]
fn a_credit_between_a_subordinate_clause_and_the_main_clause_credits_both() {
    let c = claims_of(
        "After the court approved the law six years ago, Hebert said, most state laws were thought to be safe.\n\nIf the bill passes, he said, the state will lose money.",
    );
    let first = find(&c, "most state laws were thought to be safe");
    assert_eq!(first.speaker, "Hebert");
    assert!(first.text.starts_with("After the court"), "{first:#?}");
    let second = find(&c, "the state will lose money");
    assert_eq!(second.speaker, "Hebert");
}

#[test]
fn reported_speech_after_a_quote_credited_before_it() {
    let c = claims_of(
        "But even as Governor Tom Reyes claimed on Tuesday that “The audit cleared us of everything,” one of the auditors said the two reports were quite different.\n\n“I never said that,” Reyes said, after Linda Park said the governor had called the audit a witch hunt.",
    );
    assert_eq!(find(&c, "The audit cleared us").speaker, "Tom Reyes");
    let auditors = find(&c, "the two reports were quite different");
    assert!(auditors.speaker.contains("auditors"), "{auditors:#?}");
    assert_eq!(find(&c, "I never said that").speaker, "Tom Reyes");
    assert_eq!(
        find(&c, "had called the audit a witch hunt").speaker,
        "Linda Park"
    );
}

#[test]
fn a_speech_verb_with_the_preposition_of_its_topic_is_a_stance() {
    let c = claims_of(
        "Mayor Linda Park spoke about the need for more housing near the river.\n\nCouncilman Tom Reyes recently spoke to reporters on Friday about his budget plan.\n\nJust after the flood, Governor Maria Santos was calling for change.\n\nHis campaign did not respond to a request for comment.",
    );
    let housing = find(&c, "the need for more housing");
    assert_eq!(housing.speaker, "Linda Park");
    assert_eq!(housing.form, Some("stance"));
    assert!(housing.text.starts_with("the need"), "{housing:#?}");
    assert_eq!(find(&c, "his budget plan").speaker, "Tom Reyes");
    let change = c
        .iter()
        .find(|c| c.text == "change")
        .expect("a one-word topic");
    assert_eq!(change.speaker, "Maria Santos");
    // Not responding is no stance.
    assert!(
        c.iter()
            .filter(|c| c.text.contains("request for comment"))
            .all(|c| c.kind == ClaimKind::Narrator),
        "{c:#?}"
    );
}

#[test]
fn a_second_act_after_and_belongs_to_the_sentence_subject() {
    let c = claims_of(
        "Senator Tom Reyes often questions the mayor's ties to developers and has called for the council to release its emails.\n\nGovernor Maria Santos ran on her record on jobs and accused the senator of stalling the bill.",
    );
    let emails = find(&c, "release its emails");
    assert_eq!(emails.speaker, "Tom Reyes");
    // Read as the same verb without a first act before it is.
    let alone = claims_of("Senator Tom Reyes has called for the council to release its emails.");
    let plain = find(&alone, "release its emails");
    assert_eq!((emails.form, &emails.text), (plain.form, &plain.text));
    assert_eq!(find(&c, "the senator of stalling").speaker, "Maria Santos");
}

#[test]
fn asking_a_long_named_person_whether_is_a_question_and_a_short_request_counts() {
    let c = claims_of(
        "Linda Park, a council member, asked former Attorney General Tom Reyes whether he had thoughts on the audit.\n\nPark has asked the Supreme Court to intervene.",
    );
    let question = find(&c, "whether he had thoughts on the audit");
    assert_eq!(question.speaker, "Linda Park");
    assert_eq!(question.form, Some("question"));
    let request = find(&c, "the Supreme Court to intervene");
    assert_eq!(request.speaker, "Linda Park");
    assert_eq!(request.form, Some("request"));
}

#[test]
fn they_is_never_one_person_and_phrasal_verbs_say_nothing() {
    let c = claims_of(
        "The militia kidnapped the reporter Tom Reyes in 2012.\n\nThe militia has held him ever since, but today they said the talks had failed.\n\nThe group later tweeted out video of the talks.\n\nApparently Linda Park is calling in the best lawyers in town.",
    );
    assert_ne!(find(&c, "the talks had failed").speaker, "Tom Reyes");
    assert!(
        c.iter()
            .filter(|c| c.text.contains("video of the talks") || c.text.contains("best lawyers"))
            .all(|c| c.kind == ClaimKind::Narrator),
        "{c:#?}"
    );
}

#[test]
fn a_clip_of_someone_saying_is_their_claim() {
    let c = claims_of(
        "The video opened with a clip of U.S. President Maria Santos saying she had authorized the strikes.",
    );
    assert_eq!(
        find(&c, "she had authorized the strikes").speaker,
        "Maria Santos"
    );
}

#[test]
fn according_to_a_name_run_into_its_clause_without_a_comma() {
    let c = claims_of(
        "According to Northgate the recording was made at noon on Saturday, the time the police say the fire started.",
    );
    let claim = find(&c, "the recording was made at noon");
    assert_eq!(claim.speaker, "Northgate");
    assert!(claim.text.starts_with("the recording"), "{claim:#?}");
}

#[test]
fn a_relative_clause_after_a_place_is_the_described_persons() {
    let c = claims_of(
        "The analyst Tom Reyes spoke to one of four remaining doctors inside Northgate, who told him all victims were civilians.",
    );
    let claim = find(&c, "all victims were civilians");
    assert_eq!(claim.speaker, "one of four remaining doctors");
    assert!(claim.text.starts_with("all victims"), "{claim:#?}");
}

#[test]
fn keen_or_quick_to_point_out_carries_the_speech_verb() {
    let c = claims_of(
        "The gardener Tom Reyes found the fungus on a tour.\n\nLast night a Palace spokesman was keen to point out the fungus is not served to guests.\n\nHe said: “There are several hundred fungi species in the palace garden.”",
    );
    assert_eq!(
        find(&c, "the fungus is not served").speaker,
        "Palace spokesman"
    );
    assert_eq!(
        find(&c, "several hundred fungi species").speaker,
        "Palace spokesman"
    );
}

#[test]
fn a_named_speaker_after_while_without_a_comma_has_a_clause_of_their_own() {
    let c = claims_of(
        "Linda Park accuses Tom Reyes of subjecting her to an “artful smear” regarding her housing record while Reyes suggests the mayor is a captive of the developers.",
    );
    let first = find(&c, "artful smear");
    assert_eq!(first.speaker, "Linda Park");
    assert!(!first.text.contains("captive"), "{first:#?}");
    assert_eq!(find(&c, "a captive of the developers").speaker, "Tom Reyes");
}

#[test]
fn a_time_ago_and_a_coordinated_verb_leave_the_pronoun_the_subject() {
    let c = claims_of(
        "Linda Park spoke in Dayton on Monday.\n\nEight years ago, she backed Tom Reyes over the mayor and said, “The mayor has never done anything for us.”\n\nTwo weeks ago she praised Reyes and said, “He is the best we have.”",
    );
    assert_eq!(find(&c, "never done anything").speaker, "Linda Park");
    assert_eq!(find(&c, "the best we have").speaker, "Linda Park");
    assert!(
        c.iter().all(|x| !x.speaker.to_lowercase().contains("ago")),
        "{c:#?}"
    );
}

#[test]
fn a_place_possessive_after_a_comma_describes_the_name_before_it() {
    let c = claims_of(
        "Governor Karl Weber spoke first.\n\nWeber, New Jersey's sitting governor, repeated his attacks on the plan, calling it a “gift to developers.”",
    );
    assert_eq!(find(&c, "gift to developers").speaker, "Karl Weber");
}

#[test]
fn a_pronoun_credit_inside_reported_speech_means_that_clauses_speaker() {
    let c = claims_of(
        "Tom Reyes won the county.\n\nIn a memo released on Tuesday, Park campaign manager Karl Weber acknowledged that Reyes had won the county, which is an outcome, he said, “we have long anticipated.”",
    );
    assert_eq!(find(&c, "long anticipated").speaker, "Karl Weber");
    assert_eq!(find(&c, "Reyes had won the county").speaker, "Karl Weber");
}

#[test]
fn in_which_he_said_with_a_negated_auxiliary_is_reported_speech() {
    let c = claims_of(
        "Tom Reyes spoke on Monday.\n\nReyes was asked about the case during an interview published Monday by the Herald, in which he said he didn't support the lawsuit against the plant.",
    );
    assert_eq!(
        find(&c, "he didn't support the lawsuit").speaker,
        "Tom Reyes"
    );
}

#[test]
fn a_colon_after_a_reported_clause_keeps_that_clause() {
    let c = claims_of(
        "Tom Reyes spoke on Monday.\n\nBut he said he was too busy to look for evidence that would back up his statements: “I have a lot going on.”\n\nLinda Park said the plan was sound, to which Reyes interjected: “It's just not true.”",
    );
    let clause = find(&c, "too busy to look for evidence");
    assert_eq!(clause.speaker, "Tom Reyes");
    assert!(!clause.text.contains("a lot going on"), "{clause:#?}");
    assert_eq!(find(&c, "a lot going on").speaker, "Tom Reyes");
    assert_eq!(find(&c, "just not true").speaker, "Tom Reyes");
    assert!(c.iter().all(|x| !x.text.contains("interjected")), "{c:#?}");
}

#[test]
fn a_participle_clause_with_a_relative_inside_it_sets_off_the_subject() {
    let c = claims_of(
        "Ohio state delegate Linda Park, clad in a red cape with blinking lights that spelled the name Reyes, said the convention could be a failure if Reyes loses the state.",
    );
    assert_eq!(
        find(&c, "the convention could be a failure").speaker,
        "Linda Park"
    );
}

#[test]
fn jan_is_no_male_name_so_she_can_mean_her() {
    let c = claims_of(
        "Campaign adviser Linda Park spoke on Monday.\n\nFormer Arizona governor Jan Reyes, an early supporter of the mayor, calls the issue of security \"a priority\" for women.\n\n\"That is something I think will resonate with all women,\" she said in an interview.",
    );
    assert_eq!(find(&c, "resonate with all women").speaker, "Jan Reyes");
}

#[test]
fn in_tv_interviews_is_no_speaker_called_tv() {
    let c = claims_of(
        "In TV interviews and tweets, Tom Reyes has argued that the committee has overseen a rigged process.",
    );
    let claim = find(&c, "overseen a rigged process");
    assert_eq!(claim.speaker, "Tom Reyes");
    assert!(!claim.text.starts_with("Tom Reyes"), "{claim:#?}");
}

#[test]
fn a_name_with_a_description_credits_a_quote_before_a_verb_to_an_audience() {
    let c = claims_of(
        "Guns are “the ultimate public health crisis” and “stunt children’s growth,” Tom Reyes, the former governor of Vermont, proclaimed to a cheering crowd at the convention on Tuesday.",
    );
    assert_eq!(find(&c, "public health crisis").speaker, "Tom Reyes");
    assert!(c.iter().all(|x| !x.speaker.contains("crowd")), "{c:#?}");
}

#[test]
fn a_name_before_a_quote_outranks_a_pronoun_after_it() {
    let c = claims_of(
        "Mayor Linda Park spoke first.\n\nAsked Tuesday about the audit, Senator Maria Santos said \"I don't know anything about the audit,\" she said.",
    );
    assert_eq!(
        find(&c, "know anything about the audit").speaker,
        "Maria Santos"
    );
}

#[test]
fn a_pair_of_names_never_renames_the_person_met_before() {
    let first = Article::from_plain(
        "a.txt",
        "Headline\n\nReyes has argued that the committee is rigged against him.".to_owned(),
    );
    let second = Article::from_plain(
        "b.txt",
        "Headline\n\nPark and Reyes said the vote was a fraud on the voters.".to_owned(),
    );
    let c = extract(vec![first, second]).claims;
    assert_eq!(find(&c, "rigged against him").speaker, "Reyes");
    assert_eq!(find(&c, "a fraud on the voters").speaker, "Park and Reyes");
}

#[test]
fn his_campaign_and_the_surname_campaign_are_one_identity_named_in_full() {
    let c = claims_of(
        "Senator Tom Reyes spoke on Monday about the race.\n\nHis campaign said the vote was rigged against the senator.\n\nThe Reyes campaign said the count was wrong in many places.",
    );
    assert_eq!(find(&c, "rigged against").speaker, "Tom Reyes campaign");
    assert_eq!(find(&c, "count was wrong").speaker, "Tom Reyes campaign");
    assert_eq!(
        find(&c, "rigged against").speaker_id,
        find(&c, "count was wrong").speaker_id
    );
}

#[test]
fn an_unclosed_relative_clause_after_a_name_before_the_verb() {
    let c = claims_of(
        "\"The mayor says different things to different audiences,\" Katie Reyes, who is chairman of Our Principles PAC said in a statement provided to the Herald.",
    );
    assert_eq!(
        find(&c, "different things to different audiences").speaker,
        "Katie Reyes"
    );
    assert!(c.iter().all(|x| !x.speaker.starts_with("who")), "{c:#?}");
}

#[test]
fn a_quote_after_the_colon_is_the_block_and_the_next_paragraph_is_the_narrators() {
    let c = claims_of(
        "\"I respect the governor,\" Tom Reyes said, adding: \"I would welcome his support.\"\n\nLinda Park, who campaigned in the state this week, held a rally on Friday. Her speech was short.",
    );
    assert_eq!(find(&c, "welcome his support").speaker, "Tom Reyes");
    let rally = find(&c, "held a rally");
    assert_eq!(rally.kind, ClaimKind::Narrator, "{c:#?}");
}

#[test]
fn title_case_words_right_after_a_speech_verb_are_what_was_said() {
    let c = claims_of(
        "Linda Park campaigned in Ohio on Thursday.\n\nPark tweeted, \"Thank you Ohio! #Park2016\" on Friday afternoon.\n\nOne of her recent reads, \"The Long Road Home,\" by Tom Reyes, is about the war.",
    );
    let tweet = find(&c, "Thank you Ohio");
    assert_eq!(tweet.speaker, "Linda Park");
    assert_eq!(tweet.kind, ClaimKind::Quote);
    assert_eq!(tweet.text, "Thank you Ohio! #Park2016");
    assert_eq!(find(&c, "Long Road Home").kind, ClaimKind::Narrator);
}

#[test]
fn a_quote_its_credit_interrupts_is_one_claim_with_its_pieces() {
    let text = "“We will rebuild,” Mayor Linda Park said on Monday. “The town has survived worse.”\n\n\"It is bad,\" Tom Reyes said. Then he left the hall. \"Goodbye.\"\n\n\"It is over,\" Park said. \"No, it is not,\" Reyes said.\n\n\"We are done,\" Reyes said.\n\n\"We are not done.\"";
    let c = claims_of(text);
    let joined = find(&c, "We will rebuild");
    assert_eq!(joined.text, "We will rebuild, The town has survived worse.");
    assert_eq!(joined.speaker, "Linda Park");
    assert_eq!(joined.parts.len(), 2);
    let chars: Vec<char> = format!("Headline\n\n{text}").chars().collect();
    let piece = |p: [usize; 2]| chars[p[0]..p[1]].iter().collect::<String>();
    assert_eq!(piece(joined.parts[1]), "The town has survived worse.");
    assert_eq!(
        (joined.start, joined.end),
        (joined.parts[0][0], joined.parts[1][1])
    );
    // Narration between the pieces, another speaker, another paragraph: apart.
    assert!(find(&c, "It is bad").parts.is_empty());
    assert_eq!(find(&c, "Goodbye").text, "Goodbye.");
    assert_eq!(find(&c, "It is over").speaker, "Linda Park");
    assert_eq!(find(&c, "it is not").speaker, "Tom Reyes");
    assert_eq!(find(&c, "We are done").text, "We are done,");
    assert_eq!(find(&c, "We are not done").text, "We are not done.");
}

#[test]
fn who_was_told_is_no_relative_clause_of_its_own() {
    let c = claims_of(
        "“We will not do it,” party leader Tom Reyes told reporters in Washington.\n\nCity council member Linda Park told voters in Ohio.",
    );
    assert_eq!(find(&c, "We will not do it").speaker, "Tom Reyes");
    assert!(
        c.iter()
            .all(|x| x.kind == ClaimKind::Narrator || !x.text.contains("in Washington")),
        "{c:#?}"
    );
    assert_eq!(find(&c, "told voters in Ohio").kind, ClaimKind::Narrator);
}

#[test]
fn a_time_counted_from_another_opens_no_speaker() {
    let c = claims_of(
        "Tom Reyes ran the shop for years.\n\nA week later Linda Park said the agent was rude.\n\nThe next day Reyes said the store would close.\n\nMinutes later the Reyes campaign issued a statement saying the vote was fair.",
    );
    assert_eq!(find(&c, "agent was rude").speaker, "Linda Park");
    assert_eq!(
        find(&c, "agent was rude").mention.as_deref(),
        Some("Linda Park")
    );
    assert_eq!(find(&c, "store would close").speaker, "Tom Reyes");
    assert_eq!(find(&c, "vote was fair").speaker, "Tom Reyes campaign");
    assert!(
        c.iter()
            .all(|x| !x.speaker.to_lowercase().starts_with("minutes")
                && !x.speaker.to_lowercase().starts_with("next")),
        "{c:#?}"
    );
}

#[test]
fn a_middle_name_given_as_the_first_is_the_same_person() {
    for (one, two) in [
        (
            "Prank video maker Josh Paler Lin said the video was not staged.",
            "YouTube star Paler Lin said the video was real.",
        ),
        (
            "YouTube star Paler Lin said the video was real.",
            "Prank video maker Josh Paler Lin said the video was not staged.",
        ),
    ] {
        let x = extract(vec![
            Article::from_plain("one.txt", format!("One\n\n{one}")),
            Article::from_plain("two.txt", format!("Two\n\n{two}")),
        ]);
        let c = &x.claims;
        assert_eq!(
            find(c, "not staged").speaker_id,
            find(c, "was real").speaker_id,
            "{c:#?}"
        );
    }
    // Another first name is another person.
    let x = extract(vec![
        Article::from_plain(
            "one.txt",
            "One\n\nJosh Paler Lin said the video was not staged.".into(),
        ),
        Article::from_plain("two.txt", "Two\n\nMary Lin said the video was real.".into()),
    ]);
    assert_ne!(
        find(&x.claims, "not staged").speaker_id,
        find(&x.claims, "was real").speaker_id
    );
}

#[test]
fn a_credit_inside_reported_speech_leaves_one_claim_of_two_parts() {
    let text = "The deal, Mayor Linda Park said, is dead and buried.\n\nTo win their votes, organizers said, the Democrats must close the detention centers.\n\nSales were great, Tom Reyes said, wiping sweat from his brow.";
    let c = claims_of(text);
    let chars: Vec<char> = format!("Headline\n\n{text}").chars().collect();
    let piece = |p: [usize; 2]| chars[p[0]..p[1]].iter().collect::<String>();
    let deal = find(&c, "dead and buried");
    assert_eq!(deal.text, "The deal is dead and buried");
    assert_eq!(deal.speaker, "Linda Park");
    assert_eq!(piece(deal.parts[0]), "The deal");
    assert_eq!(piece(deal.parts[1]), "is dead and buried");
    // A clause before the credit keeps its comma; the main clause after it is the claim too.
    let votes = find(&c, "detention centers");
    assert_eq!(
        votes.text,
        "To win their votes, the Democrats must close the detention centers"
    );
    assert_eq!(votes.speaker, "organizers");
    // What the speaker did while speaking is no part of the claim.
    let sales = find(&c, "Sales were great");
    assert_eq!(sales.text, "Sales were great");
    assert!(sales.parts.is_empty());
}

#[test]
fn a_second_speech_verb_of_the_same_speaker_is_a_second_claim() {
    let c = claims_of(
        "John Podesta campaigned in Ohio.\n\nPodesta said Gates was not working for the party and said Manafort was never involved.\n\nLinda Park says she respects the council but argues that it cannot deliver on its promises.\n\nPark said the plan was dead and the council agreed.",
    );
    let gates = find(&c, "Gates was not working");
    assert_eq!(gates.text, "Gates was not working for the party");
    assert_eq!(gates.speaker, "John Podesta");
    let manafort = find(&c, "Manafort was never involved");
    assert_eq!(manafort.text, "Manafort was never involved");
    assert_eq!(manafort.speaker, "John Podesta");
    assert_eq!(
        find(&c, "respects the council").text,
        "she respects the council"
    );
    let deliver = find(&c, "cannot deliver");
    assert_eq!(deliver.text, "it cannot deliver on its promises");
    assert_eq!(deliver.speaker, "Linda Park");
    // So is a participle after a comma that takes a clause; "calling it ..." takes none.
    let c2 = claims_of(
        "Corey Lewandowski said the candidate was not changing his stance on donors, noting that most of the money would go to the party.\n\nLewandowski praised the mayor for her work, calling it a triumph of the will.",
    );
    assert_eq!(
        find(&c2, "not changing").text,
        "the candidate was not changing his stance on donors"
    );
    let noting = find(&c2, "most of the money");
    assert_eq!(noting.text, "most of the money would go to the party");
    assert_eq!(noting.speaker, "Corey Lewandowski");
    assert!(find(&c2, "mayor for her work").text.contains("calling it"));
    // "and" with a subject of its own joins no second verb of the speaker's.
    assert_eq!(
        find(&c, "plan was dead").text,
        "the plan was dead and the council agreed"
    );
}

#[test]
fn a_quote_after_a_dash_is_credited_like_one_after_a_comma() {
    let c = claims_of(
        "Linda Park spoke in Salem.\n\nIf the town is to survive — as many here believe — “why wouldn’t you rebuild the bridge?” asked Park.\n\nHis record — “the longest expansion in our history” — was the theme of the night.",
    );
    let q = find(&c, "rebuild the bridge");
    assert_eq!(q.speaker, "Linda Park");
    assert_eq!(q.kind, ClaimKind::Quote);
    // A quote that dashes set off as an aside is no utterance of its own.
    assert_eq!(find(&c, "longest expansion").kind, ClaimKind::Narrator);
}

#[test]
fn a_publication_named_with_its_noun_is_the_speaker() {
    let c = claims_of(
        "“Cruz is dominating the county conventions,” wrote Time magazine.\n\nNewsweek magazine said the race was over.\n\n“It is a rout,” wrote the Wall Street Journal editorial board.",
    );
    assert_eq!(find(&c, "dominating").speaker, "Time magazine");
    assert_eq!(find(&c, "race was over").speaker, "Newsweek magazine");
    assert_eq!(
        find(&c, "It is a rout").speaker,
        "Wall Street Journal editorial board"
    );
}

#[test]
fn a_trailing_credit_with_its_time_and_place_before_a_participle() {
    let c = claims_of(
        "The prices of the drug are sickening, Mayor Linda Park said Tuesday in Paris, noting the council makes her want to retch.\n\nOn Thursday, Tom Reyes told the AP that he would not seek a recount, conceding the race to Park.",
    );
    let first = find(&c, "are sickening");
    assert_eq!(first.text, "The prices of the drug are sickening");
    assert_eq!(first.speaker, "Linda Park");
    let noting = find(&c, "council makes her");
    assert_eq!(noting.text, "the council makes her want to retch");
    assert_eq!(noting.speaker, "Linda Park");
    // "conceding the race" holds no clause: no claim of its own.
    assert!(find(&c, "not seek a recount").text.contains("conceding"));
}

#[test]
fn an_exclamation_right_after_its_verb_is_an_utterance_and_a_second_verb_after_it_a_claim() {
    let c = claims_of(
        "Linda Park spoke in Ohio.\n\nShe declared “What a Super Tuesday!” and said that her campaign would continue “to break barriers” across the nation.",
    );
    let shout = find(&c, "Super Tuesday");
    assert_eq!(shout.kind, ClaimKind::Quote);
    assert_eq!(shout.text, "What a Super Tuesday!");
    assert_eq!(shout.speaker, "Linda Park");
    let said = find(&c, "campaign would continue");
    assert_eq!(
        said.text,
        "her campaign would continue \"to break barriers\" across the nation"
    );
    assert_eq!(said.speaker, "Linda Park");
}

#[test]
fn a_counted_time_before_the_verb_and_a_credit_after_though() {
    let c = claims_of(
        "The State Department less than two weeks ago said that secret intelligence had passed through the server.\n\nRudy Giuliani, who was mayor from 1995 to 2001, has also flirted with the idea of being the running mate, though he has denied that he would seriously consider it.",
    );
    assert_eq!(find(&c, "secret intelligence").speaker, "State Department");
    let denied = find(&c, "seriously consider");
    assert_eq!(denied.kind, ClaimKind::Denial);
    assert_eq!(denied.text, "he would seriously consider it");
}

#[test]
fn the_united_states_is_no_speech_verb() {
    let c = claims_of(
        "Linda Park spoke at the hall.\n\n“If there had not been that intervention” by the United States, Park said at a town hall on Monday, “we would be looking at a war.”\n\nIn response to the plan to bar visitors from the United States, the mayor's right-hand woman rallied supporters, saying: “We have to be ready.”",
    );
    assert_eq!(find(&c, "that intervention").speaker, "Linda Park");
    assert!(c.iter().all(|c| c.speaker != "United"), "{c:#?}");
}

#[test]
fn then_said_after_a_comma_continues_the_clause_before_it() {
    let c = claims_of(
        "John Kasich jokingly offered the man a job as Secretary of Defense, then says he will welcome advice from anyone who wants to talk to him.",
    );
    assert_eq!(find(&c, "welcome advice").speaker, "John Kasich");
}

#[test]
fn a_subhead_in_title_case_is_the_outlets_line() {
    let c = claims_of(
        "A recent poll shows that most respondents think the rumors are not funny anymore.\n\nWillie Nelson Death Hoax Dismissed Since Guitarist Is ‘Alive And Well’\n\nOn Tuesday the singer's representatives said that Nelson is alive.",
    );
    // Not prose whose capitalised opening is a speaker: the narrator's line.
    assert!(c.iter().all(|c| !c.speaker.contains("Hoax")), "{c:#?}");
    assert_eq!(find(&c, "Alive And Well").kind, ClaimKind::Narrator);
    // Prose keeps its claims.
    assert_eq!(find(&c, "Nelson is alive").kind, ClaimKind::Reported);
}

#[test]
fn a_subhead_speaks_only_for_someone_already_named() {
    let c = claims_of(
        "Donald Trump spoke first at the debate.\n\nDonald Trump Calls Out Ted Cruz For Backing Down From A Fight\n\nThe crowd cheered.",
    );
    assert_eq!(find(&c, "Backing Down").speaker, "Donald Trump");
}

#[test]
fn after_a_time_phrase_the_subject_is_read_as_if_it_opened_the_sentence() {
    let c = claims_of(
        "On Tuesday the singer's representatives said that Nelson is alive and well.\n\nOn Monday his lawyers said the suit had been dropped.",
    );
    assert_eq!(
        find(&c, "Nelson is alive").speaker,
        "singer's representatives"
    );
    assert_eq!(find(&c, "suit had been dropped").kind, ClaimKind::Reported);
}

#[test]
fn a_share_of_a_group_speaks_before_or_after_its_verb() {
    let c = claims_of(
        "A handful of Democrats said the timing was poor.\n\nThe plan will fail, said dozens of protesters who marched on Tuesday.\n\nThe vote was rigged, a couple of observers said.\n\nBoth candidates said the debate was fair.",
    );
    assert_eq!(find(&c, "timing was poor").speaker, "handful of Democrats");
    // The relative clause describes the group; it is no part of its name.
    assert_eq!(find(&c, "plan will fail").speaker, "dozens of protesters");
    assert_eq!(find(&c, "vote was rigged").speaker, "couple of observers");
    assert_eq!(find(&c, "debate was fair").speaker, "both candidates");
}

#[test]
fn some_before_a_verbs_object_is_no_group() {
    let c = claims_of(
        "New Jersey Gov. Chris Christie (R), a staunch Trump ally, effectively acknowledged some plagiarism even as he defended the campaign, saying, \"Most of the speech is different.\"",
    );
    assert_eq!(find(&c, "Most of the speech").speaker, "Chris Christie");
}

#[test]
fn two_descriptions_joined_by_and_then_a_name() {
    let c = claims_of(
        "Japanese journalist and author Hiro Aida said the timing makes the remark seem insensitive.\n\nGeorge Zimmerman shot and killed Trayvon Martin in 2012, but claimed self-defense and was acquitted.",
    );
    assert_eq!(find(&c, "seem insensitive").speaker, "Hiro Aida");
    // Verbs on both sides of "and" make a clause, not a description of Martin.
    assert!(c.iter().all(|c| c.speaker != "Trayvon Martin"), "{c:#?}");
}

#[test]
fn a_count_that_opens_a_clause_or_a_date_is_no_group() {
    let c = claims_of(
        "However, Graham, a member of the Armed Services Committee, said all five are still in Qatar.\n\nThe story was reported this week by dozens of articles in the United States and abroad.\n\nRumors of his death first circulated early February 24, 2015 on social media outlets but were denied.",
    );
    assert_eq!(find(&c, "still in Qatar").speaker, "Graham");
    // "States" with a capital is the country's name, never a speech verb.
    assert!(c.iter().all(|c| !c.speaker.contains("United")), "{c:#?}");
    assert!(c.iter().all(|c| !c.speaker.starts_with("2015")), "{c:#?}");
}

#[test]
fn a_question_asked_by_someone_named_is_theirs() {
    let c = claims_of(
        "Asked by Matt Lauer whether she had practiced her speech, Clinton said she had not.\n\nAsked whether he would fire a speechwriter, Priebus said no.",
    );
    let q = find(&c, "practiced her speech");
    assert_eq!(q.speaker, "Matt Lauer");
    // The asker is not part of the question.
    assert!(q.text.starts_with("whether"), "{q:#?}");
    assert_eq!(find(&c, "fire a speechwriter").speaker, "unknown");
}

#[test]
fn a_first_name_before_a_middle_name_is_kept() {
    let c = claims_of(
        "Mary Ann Smith said the review is slow.\n\nThe plan is sound, said Caroline Lewis Wolverton.\n\nBillionaire Tom Steyer said the ads would run.",
    );
    assert_eq!(find(&c, "review is slow").speaker, "Mary Ann Smith");
    assert_eq!(
        find(&c, "plan is sound").speaker,
        "Caroline Lewis Wolverton"
    );
    // A capitalised word that is no first name is still a title.
    assert_eq!(find(&c, "ads would run").speaker, "Tom Steyer");
}

#[test]
fn where_something_was_said_is_no_claim() {
    let c = claims_of(
        "Caroline Wolverton wrote in a court filing.\n\nThe senator said in a statement.\n\nThe senator said on Tuesday that the bill would pass.",
    );
    assert_eq!(find(&c, "court filing").kind, ClaimKind::Narrator);
    assert_eq!(find(&c, "in a statement").kind, ClaimKind::Narrator);
    assert_eq!(find(&c, "bill would pass").kind, ClaimKind::Reported);
}

#[test]
fn a_negated_denial_denies_nothing() {
    let c = claims_of(
        "But one simply cannot deny the raw material value in a gold watch case.\n\nHe has never denied the affair.\n\nThe ministry denied that the talks had failed.\n\nShe not only dismissed the report but also attacked its authors.",
    );
    assert_eq!(find(&c, "raw material value").kind, ClaimKind::Narrator);
    assert_eq!(find(&c, "the affair").kind, ClaimKind::Narrator);
    assert_eq!(find(&c, "talks had failed").kind, ClaimKind::Denial);
    assert!(c.iter().all(|c| !c.speaker.contains("cannot")), "{c:#?}");
}

#[test]
fn a_description_then_the_person_it_describes_between_commas() {
    let c = claims_of(
        "Sanders was echoed by former Maryland Gov. Martin O'Malley, who noted that he had raised the wage.\n\nBut the other candidate on the stage, former Secretary of State Hillary Clinton, drew a contrast, saying that job losses were real.\n\nIt also shows another American captive, the journalist Steven Sotloff, and warns that he would be next.",
    );
    assert_eq!(find(&c, "job losses were real").speaker, "Hillary Clinton");
    // A clause before the comma: the person after it does not speak.
    assert!(c.iter().all(|c| c.speaker != "Steven Sotloff"), "{c:#?}");
}

#[test]
fn whoever_will_not_confirm_or_deny_denies_nothing() {
    let c = claims_of(
        "Downing Street declined to confirm or deny that the reported name was known to the security services.\n\
         The company would neither confirm nor deny the existence of the product.",
    );
    assert!(
        c.iter().all(|c| c.kind != ClaimKind::Denial),
        "no denial: {c:#?}"
    );
}

#[test]
fn a_dismissal_of_cases_or_from_service_is_no_denial() {
    let c = claims_of(
        "Since July, the district attorney's office has dismissed 849 misdemeanor marijuana cases.\n\
         A senior official was on Thursday dismissed from service for absence from duty.\n\
         Famously ridiculed and dismissed by Slashdot, the device became iconic years later.",
    );
    assert!(
        c.iter().all(|c| c.kind != ClaimKind::Denial),
        "no denial: {c:#?}"
    );
    // Dismissed "as" something is still a denial, whatever was dismissed.
    let c = claims_of("Clinton dismissed the charges as a partisan attack on her campaign.");
    assert_eq!(find(&c, "the charges").kind, ClaimKind::Denial);
}

#[test]
fn a_participle_after_a_denied_report_is_what_the_denier_asserts() {
    let c = claims_of(
        "Kurdish sources denied the reports, saying that Rosenberg was not in the area when it was attacked.",
    );
    let asserted = find(&c, "Rosenberg was not in the area");
    assert_eq!(asserted.kind, ClaimKind::Reported);
    assert!(!asserted.text.starts_with("that"), "{asserted:?}");
    assert_eq!(find(&c, "the reports").kind, ClaimKind::Denial);
    // Without the comma the participle is the report's: "a report saying that P" denies P.
    let c =
        claims_of("The ministry denied a report saying that the hospital will close next year.");
    let d = find(&c, "the hospital will close");
    assert_eq!(
        (d.kind, d.text.as_str()),
        (ClaimKind::Denial, "the hospital will close next year")
    );
}

#[test]
fn what_was_called_false_ends_with_what_it_was_called() {
    let c = claims_of(
        "A spokesperson for the ministry called the reports \"incorrect\" and \"unfounded,\" citing the lack of laboratories.",
    );
    let d = find(&c, "the reports");
    assert_eq!(d.kind, ClaimKind::Denial);
    assert!(!d.text.contains("citing"), "{d:?}");
}

#[test]
fn a_weekday_left_before_the_clause_is_not_part_of_it() {
    let c = claims_of(
        "Health officials told reporters Monday that a team of doctors had gone to Pyongyang.\n\
         Williams said Sunday night he does not understand the questions.\n\
         The mayor said Monday's debate was a disaster.",
    );
    assert_eq!(
        find(&c, "team of doctors").text,
        "a team of doctors had gone to Pyongyang"
    );
    assert_eq!(
        find(&c, "does not understand").text,
        "he does not understand the questions"
    );
    assert_eq!(find(&c, "debate").text, "Monday's debate was a disaster");
}

#[test]
fn whoever_is_believed_to_have_done_something_is_no_speaker() {
    let c = claims_of(
        "A blogger believed to have shared the video apologized for doing so.\n\
         Kim, thought to be about 30, was not seen in public.",
    );
    assert!(
        c.iter().all(|c| c.kind == ClaimKind::Narrator),
        "narration only: {c:#?}"
    );
    // Claiming to have done something is the subject's claim.
    let c = claims_of("The fisherman is claiming to have caught a massive catfish.");
    assert_eq!(find(&c, "caught a massive catfish").speaker, "fisherman");
}

#[test]
fn he_after_an_unnamed_person_means_that_person() {
    let c = claims_of(
        "Fawaz Gerges, a professor at the London School of Economics, said the arrest was a blow to the group.\n\n\
         An Islamic State fighter denied that the wife had been arrested. \u{201c}I have checked with our leaders and they said it was false news,\u{201d} he said from inside Syria.",
    );
    assert_eq!(
        find(&c, "checked with our leaders").speaker,
        "Islamic State fighter"
    );
    // Not a "he" for a woman described, nor for two people described together.
    let c = claims_of(
        "Mark Olsen said the plan was sound.\n\n\
         His wife disagreed. \u{201c}It will fail,\u{201d} he said.",
    );
    assert_eq!(find(&c, "It will fail").speaker, "Mark Olsen");
}

#[test]
fn a_subordinate_clause_claim_ends_where_the_main_clause_starts() {
    let c = claims_of(
        "When Francis said Mr. Trump \u{201c}is not Christian\u{201d} in answering a reporter's question, the pope served up red meat.\n\n\
         While Sanders has maintained that the provision amounted to slavery, Clinton has nevertheless called his vote an irresponsible one.",
    );
    assert_eq!(
        find(&c, "is not Christian").text,
        "Mr. Trump \"is not Christian\" in answering a reporter's question"
    );
    assert_eq!(
        find(&c, "amounted to slavery").text,
        "the provision amounted to slavery"
    );
    assert_eq!(find(&c, "irresponsible one").speaker, "Clinton");
    // A list inside the clause is no main clause; "As X said, P" credits the main clause.
    let c = claims_of(
        "When Mayor Tom Reyes said the pool, the library and the park would close, residents protested.\n\n\
         As Governor Ann Lee said, the budget is balanced.",
    );
    assert_eq!(
        find(&c, "the library").text,
        "the pool, the library and the park would close"
    );
    assert_eq!(find(&c, "budget is balanced").speaker, "Ann Lee");
    // A credit at the end credits both clauses.
    let c = claims_of(
        "Since the first case was found, there have been 5,000 false alarms in the U.S., Forbes wrote Wednesday.",
    );
    let alarms = find(&c, "false alarms");
    assert_eq!(alarms.speaker, "Forbes");
    assert!(
        alarms.text.starts_with("Since the first case"),
        "{alarms:#?}"
    );
}

#[test]
fn a_credit_that_opens_its_own_quote_leaves_the_quote_before_it_alone() {
    let c = claims_of(
        "Ambassador John F. Tefft wrote to Mrs. Clinton about a visit by her daughter, \u{201c}at the invitation of oligarch Victor Pinchuk.\u{201d} Mrs. Clinton replied, \u{201c}As you know, hearing nice things about your children is as good as it gets.\u{201d}",
    );
    assert_eq!(find(&c, "Victor Pinchuk").speaker, "John F. Tefft");
    let reply = find(&c, "as good as it gets");
    assert_eq!(reply.speaker, "Clinton");
    assert!(!reply.text.contains("Pinchuk"), "{reply:#?}");
    // A quote that is its own sentence keeps the credit after it.
    let c = claims_of("Reyes spoke last. \u{201c}Why now?\u{201d} Mayor Tom Reyes asked.");
    assert_eq!(find(&c, "Why now").speaker, "Tom Reyes");
}

#[test]
fn reports_and_claims_before_are_or_were_are_nouns() {
    let c = claims_of(
        "If the websites' reports are true, Rosenberg would be the first Western woman held.\n\n\
         Trump's claims were false, the fact-checkers found.",
    );
    assert!(
        c.iter().all(|c| c.kind == ClaimKind::Narrator),
        "narration only: {c:#?}"
    );
    // A clause with a gap keeps its verb.
    let c = claims_of(
        "Senator Ann Lee released the e-mails, even the ones that State Department officials now say are top secret.",
    );
    assert_eq!(find(&c, "top secret").kind, ClaimKind::Reported);
}

#[test]
fn a_clause_of_time_far_into_the_sentence_has_its_own_subject() {
    let c = claims_of(
        "The senator from Arizona, who spent five years in a prison camp, spoke out against the practice in the chamber on Tuesday after Republican contender Donald Trump said that waterboarding is fine.",
    );
    assert_eq!(find(&c, "waterboarding is fine").speaker, "Donald Trump");
}

#[test]
fn a_contrasting_clause_with_its_own_credit_is_a_claim_of_its_own() {
    let c = claims_of(
        "Hillary Clinton accuses Bernie Sanders of subjecting her to an \u{201c}artful smear\u{201d} while Sanders suggests the former secretary of state is a captive of the establishment.",
    );
    assert_eq!(find(&c, "artful smear").speaker, "Hillary Clinton");
    let captive = find(&c, "captive of the establishment");
    assert_eq!(captive.speaker, "Bernie Sanders");
    assert!(!captive.text.contains("smear"), "{captive:#?}");
    // Inside a "that" clause both are the first speaker's.
    let c = claims_of(
        "James Melendres said that there was no willfulness in the Clinton case, whereas Petraeus acknowledged that he knew the information was classified.",
    );
    assert_eq!(find(&c, "no willfulness").speaker, "James Melendres");
}

#[test]
fn a_speech_participle_credits_the_subject_across_a_long_audience() {
    let c = claims_of(
        "Former anchor Katie Couric has promoted a humble approach in recent speeches, advising graduates in 2007 to work hard, and telling the class of 2014, \u{201c}If you're too big for a small job, you're too small for a big one.\u{201d}",
    );
    assert_eq!(find(&c, "too big for a small job").speaker, "Katie Couric");
    // Not when a clause of its own stands between the participle and the quote.
    let c = claims_of(
        "Former anchor Katie Couric has promoted a humble approach, telling graduates their careers will be long and the class of 2014 cheered, \u{201c}We love you.\u{201d}",
    );
    assert_ne!(find(&c, "We love you").speaker, "Katie Couric");
}

#[test]
fn people_of_a_place_are_the_speakers_not_the_place() {
    let c = claims_of(
        "Fighters in Duluiyah say it was not the only time chlorine has been used against them.\n\n\
         Soldiers in Mosul said the water had been cut for a week.",
    );
    assert_eq!(find(&c, "chlorine").speaker, "fighters in Duluiyah");
    assert_eq!(find(&c, "water had been cut").speaker, "soldiers in Mosul");
}

#[test]
fn what_was_not_confirmed_by_someone_is_no_claim_of_theirs() {
    let c = claims_of(
        "The report about Rosenberg's capture has not been confirmed by ISIS.\n\n\
         The claim hasn't been confirmed by the ministry.",
    );
    assert!(
        c.iter().all(|c| c.kind == ClaimKind::Narrator),
        "narration only: {c:#?}"
    );
    // Confirmed, it is theirs, without the auxiliary.
    let c = claims_of("The attack on the convoy had been confirmed by the Interior Ministry.");
    let attack = find(&c, "attack on the convoy");
    assert_eq!(attack.speaker, "Interior Ministry");
    assert_eq!(attack.text, "The attack on the convoy");
}

#[test]
fn an_infinitive_after_the_verb_is_no_trailing_credit() {
    let c = claims_of(
        "On the same day of the deadlock, Trump continued to portray \u{201c}illegal\u{201d} immigrants as violent criminals.\n\n\
         After the vote, Reyes vowed to ban the lobbyists from the building.",
    );
    // The phrase of time before the comma is nobody's claim.
    assert!(
        c.iter().all(|c| !(c.text.starts_with("On the same day")
            || c.text.starts_with("After the vote"))
            || c.kind == ClaimKind::Narrator),
        "{c:#?}"
    );
    assert_eq!(find(&c, "immigrants as violent criminals").speaker, "Trump");
    // The audience after "to" still ends a credit.
    let c = claims_of("The bill is a disaster, Sanders complained to CBS.\n\nThe plan will fail, Reyes wrote to investors.");
    assert_eq!(find(&c, "bill is a disaster").speaker, "Sanders");
    assert_eq!(find(&c, "plan will fail").speaker, "Reyes");
}

#[test]
fn assuring_reminding_and_informing_are_speech_but_not_in_the_passive() {
    let c = claims_of(
        "\u{201c}Your reputation is amazing,\u{201d} Trump assured Jones.\n\n\
         Reyes reminded voters that the plant had closed in 2019.\n\n\
         Eric Nordstrom informed the embassy that he would be glad to talk.",
    );
    assert_eq!(find(&c, "reputation is amazing").speaker, "Trump");
    assert_eq!(find(&c, "plant had closed").speaker, "Reyes");
    assert_eq!(find(&c, "glad to talk").speaker, "Eric Nordstrom");
    // Whoever was assured or informed said nothing.
    let c = claims_of(
        "Clinton is now assured of winning at least 334 delegates.\n\n\
         The residents were informed that the water was safe.",
    );
    assert!(
        c.iter().all(|c| c.kind == ClaimKind::Narrator),
        "narration only: {c:#?}"
    );
}

#[test]
fn a_leading_phrase_of_any_preposition_is_no_speaker() {
    let c = claims_of(
        "Amid replies from some that would identify those on it, The Blaze\u{2019}s Matt Walsh provided a justification for a blacklist, saying it is necessary to \u{201c}remember their names.\u{201d}",
    );
    assert_eq!(find(&c, "remember their names").speaker, "Matt Walsh");
}

#[test]
fn a_relative_clause_of_speech_before_a_quote_is_a_claim_too() {
    let c = claims_of(
        "Donald Trump spoke on Monday.\n\n\
         Mr. Trump, who said last week that a judge was biased against him, issued a statement Tuesday saying, \u{201c}I do not feel that heritage matters.\u{201d}",
    );
    let biased = find(&c, "judge was biased");
    assert_eq!(biased.speaker, "Donald Trump");
    assert_eq!(biased.text, "a judge was biased against him");
    assert_eq!(find(&c, "heritage matters").speaker, "Donald Trump");
}

#[test]
fn a_time_phrase_may_stand_between_the_subject_and_its_verb() {
    let c = claims_of(
        "The Republican National Committee this week announced another step it will take to help the nominee.\n\n\
         Carly Fiorina a month later announced that 6,000 jobs would go.\n\n\
         Donald Trump earlier this month said the wall would be built.",
    );
    assert_eq!(
        find(&c, "another step").speaker,
        "Republican National Committee"
    );
    assert_eq!(find(&c, "6,000 jobs").speaker, "Carly Fiorina");
    assert_eq!(find(&c, "wall would be built").speaker, "Donald Trump");
}

#[test]
fn no_sentence_ends_inside_a_closed_quote_that_opens_mid_sentence() {
    let c = claims_of(
        "David Axelrod spoke on Monday.\n\n\
         The plan is \u{201c}a disaster. It will never work,\u{201d} Axelrod wrote.\n\n\
         Axelrod wrote that the bridge \u{201c}will fall. Nobody will fix it.\u{201d}",
    );
    let plan = find(&c, "never work");
    assert_eq!(plan.speaker, "David Axelrod");
    assert!(plan.text.contains("a disaster"), "{plan:#?}");
    let bridge = find(&c, "Nobody will fix it");
    assert_eq!(bridge.speaker, "David Axelrod");
    assert!(bridge.text.contains("will fall"), "{bridge:#?}");
}

#[test]
fn an_opening_noting_that_clause_is_the_main_subjects_claim() {
    let c = claims_of(
        "John Bolton spoke on Monday.\n\n\
         Promising that his future writings would take a closer look at the disaster in Libya, Bolton said that the inquiry should wait.",
    );
    assert_eq!(find(&c, "closer look").speaker, "John Bolton");
    assert_eq!(
        find(&c, "closer look").text,
        "his future writings would take a closer look at the disaster in Libya"
    );
    assert_eq!(find(&c, "inquiry should wait").speaker, "John Bolton");
}

#[test]
fn a_setting_before_the_credit_is_no_claim() {
    let c = claims_of(
        "Rick Perry and Mike Huckabee spoke on Monday.\n\n\
         In a speech last July, Perry said:\n\n\
         Let no one be mistaken: the candidacy is a cancer on conservatism.\n\n\
         Weighing in on the discussion, former Arkansas Gov. Mike Huckabee agreed, praising his former opponent as \u{201c}one of the most gifted stars.\u{201d}",
    );
    assert!(
        c.iter().all(
            |c| !(c.text.starts_with("In a speech") || c.text.starts_with("Weighing in"))
                || c.kind == ClaimKind::Narrator
        ),
        "{c:#?}"
    );
    assert_eq!(find(&c, "cancer on conservatism").speaker, "Rick Perry");
    assert_eq!(
        find(&c, "praising his former opponent").speaker,
        "Mike Huckabee"
    );
}

#[test]
fn a_description_named_someone_is_that_someone() {
    let c = claims_of(
        "Outside the plant, a worker named Antonio Arroyo said that his job was safe.\n\n\
         A woman known as Mama Lopez told reporters that the market would reopen.",
    );
    assert_eq!(find(&c, "job was safe").speaker, "Antonio Arroyo");
    assert_eq!(find(&c, "market would reopen").speaker, "Mama Lopez");
}

#[test]
fn a_group_named_as_an_object_speaks_in_its_who_clause() {
    let c = claims_of(
        "The law angered powerful teachers unions who said the law punished them.\n\nThe research team spoke to local residents who said they saw the unusual animal.",
    );
    assert_eq!(
        find(&c, "the law punished them").speaker,
        "powerful teachers unions"
    );
    assert_eq!(
        find(&c, "they saw the unusual animal").speaker,
        "local residents"
    );
    // The sentence's own participle stays its subject's.
    let c = claims_of(
        "President Obama rebuked critics who say he should condemn terrorists, saying the label will do nothing to defeat them.",
    );
    assert_eq!(find(&c, "he should condemn terrorists").speaker, "critics");
    assert_eq!(find(&c, "the label will do nothing").speaker, "Obama");
    let c = claims_of(
        "President Obama rebuked critics who say he should condemn terrorists as \"radical Islamists,\" saying calling the Islamic State by another name will do nothing to defeat it.",
    );
    assert_eq!(find(&c, "he should condemn terrorists").speaker, "critics");
    assert_eq!(find(&c, "calling the Islamic State").speaker, "Obama");
    // A belief or a passive in the clause says nothing.
    let c = claims_of(
        "Emwazi was joined by two other men, including one who was dubbed “George.”\n\nHe was a fearless journalist who believed deeply in reporting from the frontlines.",
    );
    assert!(
        c.iter()
            .all(|c| c.speaker != "one" && !c.speaker.contains("journalist")),
        "{c:#?}"
    );
}

#[test]
fn a_title_of_an_organisation_keeps_the_organisation() {
    let c = claims_of("The leader of Boko Haram said the truce was off.");
    assert_eq!(find(&c, "the truce was off").speaker, "Boko Haram leader");
    let c = claims_of(
        "The chairman of the Senate Intelligence Committee said the report was based on old data.",
    );
    assert_eq!(
        find(&c, "old data").speaker,
        "Senate Intelligence Committee chairman"
    );
    // A role word that ends a name after a first name is a surname.
    let c = claims_of(
        "Charlie King, a former executive director of the New York Democratic Party, said the group would focus on five states.",
    );
    assert_eq!(find(&c, "five states").speaker, "Charlie King");
}

#[test]
fn a_pronoun_means_the_subject_after_a_time_phrase_or_with_an_organisation_title() {
    // "Last week," before the subject; the title names an organisation.
    for text in [
        "Donald Trump spoke on Tuesday. \"We will win,\" Mr. Trump said.\n\nLast week, the F.B.I. director, James B. Comey, recommended that no criminal charges be filed, but he called her actions \"extremely careless.\"",
        "Donald Trump spoke on Tuesday. \"We will win,\" Mr. Trump said.\n\nF.B.I. director James B. Comey recommended that no criminal charges be filed, but he called her actions \"extremely careless.\"",
    ] {
        let c = claims_of(text);
        assert_eq!(find(&c, "extremely careless").speaker, "James B. Comey");
    }
}

#[test]
fn a_time_clause_far_into_the_sentence_has_its_own_subject() {
    let c = claims_of(
        "John McCain spoke. McCain issued a statement after Republican contender Donald Trump told a town hall in Salem on Monday that waterboarding is peanuts.",
    );
    assert_eq!(find(&c, "waterboarding is peanuts").speaker, "Donald Trump");
    // An aside set off by dashes is no such clause: "since the Great Depression" is no one.
    let c = claims_of(
        "Despite growing up during the worst downturn since the Great Depression -- and coming of age at a time of wage stagnation -- most young voters predict they will be more successful than their parents were.",
    );
    assert!(
        c.iter().all(|c| !c.speaker.contains("Depression")),
        "{c:#?}"
    );
}

#[test]
fn telling_an_audience_in_the_progressive_credits_the_clause_after_it() {
    let c = claims_of(
        "Marco Rubio is telling reporters in Minnesota that he is looking ahead to the March 15 contest.",
    );
    let claim = find(&c, "looking ahead");
    assert_eq!(claim.speaker, "Marco Rubio");
    assert!(claim.text.starts_with("he is looking"), "{claim:#?}");
}

#[test]
fn a_speech_participle_that_names_a_thing_credits_no_one() {
    let c = claims_of(
        "Manafort comes with the right calling card: He fiercely protected the delegates at the last contested convention, in what Bay Buchanan, national treasurer for Ronald Reagan's campaign, called \"hand-to-hand combat.\"",
    );
    assert!(c.iter().all(|c| c.speaker != "right"), "{c:#?}");
    // "what X, an appositive, called": the person named before the appositive.
    assert_eq!(find(&c, "hand-to-hand combat").speaker, "Bay Buchanan");
    let c = claims_of("His speaking fees drew scrutiny, and the talking points were mocked.");
    assert!(c.iter().all(|c| c.kind == ClaimKind::Narrator), "{c:#?}");
}

#[test]
fn an_alias_in_an_appositive_is_not_the_speaker() {
    for text in [
        "Marcel Lehel, the hacker known as Guccifer, stated that he had access to the email server.",
        "During an interview with NBC News, Marcel Lehel, the hacker known as “Guccifer,” stated that he had access to the email server.",
    ] {
        let c = claims_of(text);
        assert_eq!(find(&c, "access to the email server").speaker, "Marcel Lehel");
    }
}

#[test]
fn a_nationality_adjective_is_no_speaker() {
    let c = claims_of(
        "Rhodes noted that U.S. officials have long been talking with Chinese, Japanese, and South Korean officials about the threat posed by North Korea, and \"we're in discussions about the deployment of additional missile defense\" in the area.",
    );
    assert!(
        c.iter()
            .all(|c| c.speaker != "South Korean" && c.speaker != "Chinese"),
        "{c:#?}"
    );
    assert_eq!(find(&c, "U.S. officials").speaker, "Rhodes");
}

#[test]
fn a_relative_of_a_named_person_is_described_by_them() {
    let cases = [
        (
            "The photojournalist Luke Somers was held in Yemen. Luke Somers's sister said he was killed in a failed rescue attempt.",
            "Luke Somers's sister",
        ),
        (
            "The sister of Luke Somers, the American photojournalist held captive by al-Qaeda militants in Yemen, says that he was killed in a failed rescue attempt.",
            "Luke Somers's sister",
        ),
        // The name cannot be the sister's: it is whose sister speaks.
        (
            "The sister of the British-born American photojournalist, Luke Somers, held captive by al-Qaeda's Yemen affiliate, claims he was killed in a failed rescue attempt.",
            "Luke Somers's sister",
        ),
        // A woman's name may be the sister's own.
        (
            "The sister of the photojournalist, Lucy Somers, said he was killed in a failed rescue attempt.",
            "Lucy Somers",
        ),
    ];
    for (text, speaker) in cases {
        let c = claims_of(text);
        assert_eq!(
            find(&c, "killed in a failed rescue").speaker,
            speaker,
            "{text}"
        );
    }
}

#[test]
fn a_described_subject_after_a_time_conjunction_speaks() {
    let c = claims_of(
        "The hashtag refers to a meme that blew up after a Fox contributor declared that certain British cities had been swallowed whole by Muslim immigrants.",
    );
    assert_eq!(find(&c, "British cities").speaker, "Fox contributor");
    // "Born in Kuwait," is where, not a title of the name after it.
    let c = claims_of(
        "Jihadi John has been identified as Mohammed Emwazi by a report in The Washington Post.\n\nBorn in Kuwait, Emwazi comes from a well-to-do family in West London.\n\nEmwazi said he felt like a prisoner.",
    );
    assert_eq!(find(&c, "like a prisoner").speaker, "Mohammed Emwazi");
}

#[test]
fn a_passive_that_carries_a_speech_verb_credits_its_subject() {
    let c = claims_of(
        "Senator Ted Cruz of Texas stuck to policy at first. ''If we nominate Donald Trump, Hillary wins,'' Mr. Cruz said.\n\nBut much of the debate was so subdued that Mr. Trump was prompted to say, ''So far, I cannot believe how civil it's been up here.''",
    );
    assert_eq!(find(&c, "how civil").speaker, "Trump");
}

#[test]
fn an_interview_with_an_outlet_is_no_source() {
    let c = claims_of(
        "Dylan Thomas woke up to a strange mark on his stomach.\n\nAccording to an interview with his local paper, the Bunbury Mail, Thomas said the mark continued to grow up his abdomen.",
    );
    assert_eq!(find(&c, "the mark continued").speaker, "Dylan Thomas");
    let c = claims_of(
        "Representative Jason Chaffetz disagreed. Chaffetz, for his part, continued to maintain after the speech that the men are terrorists, according to an interview with CBS News.",
    );
    assert_eq!(find(&c, "the men are terrorists").speaker, "Jason Chaffetz");
    // Those interviewed are the source.
    let c = claims_of(
        "According to interviews with several party leaders, the delegates will be chosen on Saturday.",
    );
    assert_eq!(
        find(&c, "delegates will be chosen").speaker,
        "several party leaders"
    );
}

#[test]
fn a_relative_clause_with_its_own_subject_is_that_subjects() {
    let c = claims_of(
        "Gill Rosenberg, a Canadian-Israeli woman, who ISIS had claimed to have abducted, posted on Facebook Monday afternoon that she was safe and secure.",
    );
    let claim = find(&c, "safe and secure");
    assert_eq!(claim.speaker, "Gill Rosenberg");
    assert!(!claim.text.contains("abducted"), "{claim:#?}");
    let c = claims_of(
        "Mohammad Fazl, who Human Rights Watch says could be prosecuted for war crimes, was released.",
    );
    assert_eq!(find(&c, "war crimes").speaker, "Human Rights Watch");
    // Closed by a comma, the clause leaves the sentence's verb to the name before it.
    let c = claims_of(
        "Gill Rosenberg, whom ISIS claimed to have abducted, said on Monday that she was safe.",
    );
    assert_eq!(find(&c, "she was safe").speaker, "Gill Rosenberg");
}

#[test]
fn a_count_or_an_average_speaks_for_its_author() {
    let c = claims_of(
        "Including superdelegates, Clinton now has a total of at least 723 delegates, according to a count by The Associated Press.",
    );
    assert_eq!(find(&c, "723 delegates").speaker, "Associated Press");
    let c = claims_of(
        "Mrs. Clinton leads Mr. Trump in national polls by three points, according to the average of recent polls compiled by Real Clear Politics.",
    );
    assert_eq!(find(&c, "national polls").speaker, "Real Clear Politics");
}

#[test]
fn a_past_form_after_of_or_an_article_is_no_cue() {
    let c = claims_of(
        "The campaign's projections of her trajectory are based on a combination of pledged and super delegates.\n\nOne of the reported incidents involved the man smacking a woman in broad daylight.",
    );
    assert!(c.iter().all(|c| c.kind == ClaimKind::Narrator), "{c:#?}");
}

#[test]
fn a_bare_surname_keeps_meaning_whom_the_article_called_so() {
    // A second Murphy, named in passing, does not take the senator's claims.
    let c = claims_of(
        "Sen. Chris Murphy spoke for hours. “It takes courage,” Murphy said.\n\nMurphy's floor speech wasn't a solo effort, but he offered the emotional high point of the night, delivering a tribute to a teacher's aide, Anne Marie Murphy, who was gunned down trying to protect a child.\n\n“It takes courage to look into the eye of a shooter. If Anne Marie Murphy could do that, what can you do?” Murphy said.\n\nMurphy has an ally in Hillary Clinton. He thinks she would have been committed to the issue anyway.",
    );
    assert_eq!(find(&c, "what can you do").speaker, "Chris Murphy");
    assert_eq!(find(&c, "committed to the issue").speaker, "Chris Murphy");
    // ... unless the other one is who the text is about right now.
    let c = claims_of(
        "Bill Clinton spoke in Nashua. Clinton said the economy was strong.\n\nOn Sunday, Hillary Clinton rebuffed a heckler. “You're very rude,” Clinton told the woman.",
    );
    assert_eq!(find(&c, "very rude").speaker, "Hillary Clinton");
}

#[test]
fn a_name_ends_at_a_dash_or_an_opening_adverb() {
    let c = claims_of(
        "Pete Santilli was jailed. Deborah Jordan Reynolds - Santilli's girlfriend and co-host - told The Washington Post that Santilli's skepticism grew around 2002.\n\n“They want me!” Santilli says.",
    );
    assert_eq!(find(&c, "They want me").speaker, "Pete Santilli");
    let c = claims_of(
        "Josh Paler Lin posted the video. Critics questioned its authenticity.\n\nAbove, Lin is pictured in a Facebook photo.\n\nLin says he was shocked at how the experiment turned out.",
    );
    assert_eq!(find(&c, "shocked").speaker, "Josh Paler Lin");
}

#[test]
fn would_and_will_before_a_speech_verb_still_credit_the_subject() {
    let c = claims_of(
        "Marco Rubio was asked about it. The Florida Republican would only say that his lack of foreign policy knowledge was worrisome.",
    );
    assert_eq!(
        find(&c, "foreign policy knowledge").speaker,
        "Florida Republican"
    );
    let c = claims_of("Darren Wilson will argue that he felt threatened during the encounter.");
    assert_eq!(find(&c, "felt threatened").speaker, "Darren Wilson");
    // What could be, or would have been, is no speech; nor is a capitalised "Will".
    let c = claims_of(
        "In theory, Amazon could tell if ads viewed online led to purchases.\n\nIf Apple had had its way, the Apple Watch would have boasted smart sensors capable of tracking blood pressure.\n\nCrist would say or do anything to win an election, the senator said.",
    );
    assert!(
        c.iter()
            .all(|c| c.speaker != "Amazon" && c.speaker != "Apple Watch" && c.speaker != "Crist"),
        "{c:#?}"
    );
    let c = claims_of(
        "George Will wrote a column on Friday. Will said the party should abandon outsider candidates.",
    );
    assert_eq!(find(&c, "abandon outsider").speaker, "George Will");
}

#[test]
fn a_quoted_stretch_of_four_words_or_more_is_its_credited_speakers() {
    let c = claims_of(
        "Carly Fiorina ran HP for six years. When the subject comes up on the campaign trail, Fiorina routinely characterizes herself as a \"change warrior who saved the company.\"",
    );
    assert_eq!(find(&c, "change warrior").speaker, "Carly Fiorina");
    assert_eq!(find(&c, "change warrior").kind, ClaimKind::Quote);
    // A title in quote marks is nobody's words.
    let c = claims_of(
        "Ron Howard spoke on Tuesday. Howard, who had roles in \"How the Grinch Stole Christmas,\" had no such praise for Clinton.",
    );
    assert!(c.iter().all(|c| c.kind == ClaimKind::Narrator), "{c:#?}");
}

#[test]
fn a_subject_with_was_or_has_been_before_a_colon_credits_the_quote() {
    let c = claims_of(
        "Elizabeth Warren endorsed Clinton this month. Ever since, Ms. Warren has been a powerful surrogate, visiting the campaign's headquarters to encourage young staffers with a simple message: \"Don't screw this up!\"\n\nThe Illinois Board of Elections met on Monday. As if addressing the magnate directly, the Illinois Board of Elections was conclusive in its findings: \"Further discussion on this issue is unnecessary.\"",
    );
    assert_eq!(find(&c, "screw this up").speaker, "Elizabeth Warren");
    assert_eq!(
        find(&c, "Further discussion").speaker,
        "Illinois Board of Elections"
    );
}

#[test]
fn an_indefinite_party_member_describes_the_subject_before_it() {
    let c = claims_of(
        "The employee of nearly four years, a registered Republican who spoke on the condition of anonymity, said she became pregnant last year and was dismayed to learn the rules.\n\nA lifelong Democrat, the retired teacher said she would vote for the senator this time.",
    );
    assert_eq!(
        find(&c, "became pregnant").speaker,
        "employee of nearly four years"
    );
    assert_eq!(find(&c, "vote for the senator").speaker, "retired teacher");
    assert!(
        c.iter()
            .all(|c| c.speaker != "Republican" && c.speaker != "Democrat"),
        "{c:#?}"
    );
}

#[test]
fn a_long_opening_phrase_of_place_or_time_leaves_the_subject_in_focus() {
    // "strode": a past form without "-ed" is a verb as well.
    let c = claims_of(
        "Ivanka Trump champions working moms.\n\nA lifelong Democrat, the retired teacher said she would vote for the senator this time.\n\nOn the last day of the Republican National Convention in July, Ivanka Trump strode across the stage. Then she shattered party norms, pledging that her father would revolutionize support for working mothers.",
    );
    assert_eq!(find(&c, "revolutionize support").speaker, "Ivanka Trump");
}

#[test]
fn two_people_named_together_are_a_group_not_one_person() {
    let c = claims_of(
        "The Democratic candidates, Hillary Clinton and Senator Bernie Sanders, said the plan would fail in the Senate next year.\n\nDonald Trump, Mike Huckabee and Chris Christie have said they would end the program entirely.\n\nLater, Bernie Sanders said the plan was a fraud.",
    );
    assert_eq!(
        find(&c, "would fail in the Senate").speaker,
        "Hillary Clinton and Senator Bernie Sanders"
    );
    assert_eq!(
        find(&c, "end the program").speaker,
        "Donald Trump, Mike Huckabee and Chris Christie"
    );
    // Sanders alone is himself, with no other person's name as an alias or an organisation.
    let x = extract(vec![article(
        "The Democratic candidates, Hillary Clinton and Senator Bernie Sanders, said the plan would fail in the Senate next year.\n\nLater, Bernie Sanders said the plan was a fraud.",
    )]);
    let sanders = x
        .speakers
        .iter()
        .find(|s| s.name == "Bernie Sanders")
        .expect("Sanders is a speaker");
    assert!(
        sanders.aliases.iter().all(|a| !a.contains("Clinton")),
        "{sanders:#?}"
    );
    assert_eq!(find(&c, "was a fraud").speaker, "Bernie Sanders");
}

#[test]
fn a_nationality_in_the_plural_is_a_group_that_he_never_means() {
    let c = claims_of(
        "Russians now say they admire the president more as a protector from external threats.\n\nIn 2008, he complained bitterly about the West backing independence for Kosovo.",
    );
    assert_eq!(find(&c, "they admire").speaker, "Russians");
    assert_ne!(find(&c, "independence for Kosovo").speaker, "Russians");
}

#[test]
fn a_headline_credits_a_people_or_a_described_person() {
    let c = extract(vec![Article::from_plain(
        "t.txt",
        "In memo to Congress, Saudis insist they're fighting terror\n\nSaudi Arabia is distributing a memo to members of Congress.".to_owned(),
    )])
    .claims;
    assert_eq!(find(&c, "fighting terror").speaker, "Saudis");
    let c = extract(vec![Article::from_plain(
        "t.txt",
        "British diplomat praises Obama's handling of the Iran talks\n\nThe talks ended in July."
            .to_owned(),
    )])
    .claims;
    assert_eq!(
        find(&c, "handling of the Iran talks").speaker,
        "British diplomat"
    );
}

#[test]
fn a_first_name_set_off_after_a_relative_names_whom_she_means() {
    let c = claims_of(
        "Sanders's campaign manager Jeff Weaver said he expects the senator to stay in the party.\n\nBut his wife, Jane, offered a preview of the candidate's thinking in an interview with The Washington Post.\n\n\"If he's president, he wants to keep this movement going,\" she said.",
    );
    assert_eq!(find(&c, "keep this movement").speaker, "Jane");
    // A first name the article gave in full before is that person.
    let c = claims_of(
        "Ivanka Trump spoke on Thursday. Trump's daughter, Ivanka, praised her father's record.\n\n\"He is a fighter,\" she said.",
    );
    assert_eq!(find(&c, "He is a fighter").speaker, "Ivanka Trump");
}

#[test]
fn a_verb_no_list_has_after_a_quote_that_ends_in_a_comma_credits_it() {
    let c = claims_of(
        "At a rally in Concord, a girl hoisted a sign. Her father, Brad, 39, worried that voters limit the news they read.\n\n\"People are afraid of wasting their votes,\" he surmised.\n\nBrad Pitt came later. \"Nobody listens to the candidates anymore,\" Pitt surmised.",
    );
    assert_eq!(find(&c, "wasting their votes").speaker, "Brad");
    assert_eq!(find(&c, "Nobody listens").speaker, "Brad Pitt");
    assert_eq!(find(&c, "Nobody listens").mention.as_deref(), Some("Pitt"));
}

#[test]
fn a_paragraph_that_ends_about_someone_hands_them_an_uncredited_quote() {
    let c = claims_of(
        "Actor Clint Howard endorsed Ted Cruz in November.\n\nHoward continued his scathing remarks about Clinton.\n\n\"Eight years ago she was the presumed Democratic nominee, and a fellow came along and beat her.\"",
    );
    assert_eq!(
        find(&c, "presumed Democratic nominee").speaker,
        "Clint Howard"
    );
    // A quote with a credit of its own keeps it.
    let c = claims_of(
        "Actor Clint Howard endorsed Ted Cruz in November.\n\nHoward continued his scathing remarks about Clinton.\n\n\"He is the only one who can win,\" said Cruz's spokesman Rick Tyler.",
    );
    assert_eq!(find(&c, "only one who can win").speaker, "Rick Tyler");
}

#[test]
fn an_opening_participle_with_its_object_is_no_speaker() {
    let c = claims_of(
        "Donald Trump spoke in Ohio.\n\nFacing mounting criticism from Democrats and Republicans, Mr. Trump released a follow-up statement on Saturday night, describing the son as a hero but insisting that Mr. Khan had no right to criticize him.",
    );
    assert_eq!(find(&c, "no right to criticize").speaker, "Donald Trump");
}

#[test]
fn a_participle_after_before_or_after_credits_the_subject() {
    let c = claims_of(
        "Tim Scott spoke first. On Tuesday, Mitch McConnell deflected numerous questions about Donald Trump before saying, \"It's time to quit attacking various people that you competed with.\"",
    );
    assert_eq!(find(&c, "quit attacking").speaker, "Mitch McConnell");
}

#[test]
fn a_surname_that_is_also_a_noun_is_still_a_surname() {
    // "backer" names a group and "prince" a title, but not after a first name or "Mr.".
    let c = claims_of(
        "Dan Backer, the fund's lawyer, treasurer and strategist, has rejected the label and said the fund spends its money well.\n\nMatthew Prince, the chief executive of CloudFlare, a San Francisco company, said the firm would not censor sites.\n\nMr. Prince said the company would act on court orders.",
    );
    assert_eq!(find(&c, "spends its money").speaker, "Dan Backer");
    assert_eq!(find(&c, "censor sites").speaker, "Matthew Prince");
    assert_eq!(find(&c, "court orders").speaker, "Matthew Prince");
    // An office one addresses stays an office.
    let c = claims_of("Barack Obama spoke. \"Mr. President, you are wrong,\" the reporter said.");
    assert_eq!(find(&c, "you are wrong").speaker, "the reporter");
}

#[test]
fn a_headline_that_names_its_source_before_a_colon_is_that_sources_claim() {
    let of = |text: &str| extract(vec![Article::from_plain("t.txt", text.to_owned())]).claims;
    let c = of("Graham: Trump's 'Incredibly Hateful Rhetoric' Destroying GOP's Chance to Win\n\nSen. Lindsey Graham spoke at the Republican Jewish Coalition on Thursday.");
    assert_eq!(find(&c, "Hateful Rhetoric").speaker, "Lindsey Graham");
    let c = of("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade\n\nHillary Clinton told the group's members on Friday that the court was at stake.");
    assert_eq!(find(&c, "reverse Roe").speaker, "Hillary Clinton");
    // A section's label, a show's title, a question about someone, a headline's own first part:
    // none of them speaks.
    for text in [
        "The Latest: Sanders wins Minnesota Democratic caucuses\n\nThe Latest on the 2016 race. Bernie Sanders won the caucuses.",
        "Ted Cruz: Constitutional conservative or another typical career politician?\n\nTed Cruz has a record in the Senate.",
        "Carly Fiorina Endorses Ted Cruz: I Am 'Horrified' By Donald Trump\n\nCarly Fiorina endorsed Ted Cruz on Wednesday.",
    ] {
        let c = of(text);
        assert!(
            c.iter().all(|c| c.start > 60 || c.kind == ClaimKind::Narrator || !c.text.contains(':')),
            "{c:#?}"
        );
        assert!(
            c.iter().all(|c| c.speaker != "Latest" && !c.speaker.contains("Endorses")),
            "{c:#?}"
        );
        assert!(c.iter().all(|c| !(c.start < 5 && c.kind != ClaimKind::Narrator)), "{c:#?}");
    }
}

#[test]
fn a_transcript_line_is_its_labelled_speakers_words() {
    let c = claims_of(
        "Gov. Mary Fallin spoke with CNN's Jake Tapper on Sunday.\n\nTAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\nFALLIN: I think he is trying to campaign as a racial healer.\n\nLuciana Lopez: Saying to people Wall Street speculation means something different to everyone.",
    );
    assert_eq!(
        find(&c, "campaigned as a racial healer").speaker,
        "Jake Tapper"
    );
    assert_eq!(find(&c, "trying to campaign").speaker, "Mary Fallin");
    assert_eq!(
        find(&c, "means something different").speaker,
        "Luciana Lopez"
    );
    // A label no one in the article has, a list entry's few words, or a line about the person
    // named is no transcript.
    let c = claims_of(
        "Ted Cruz and Jeb Bush campaigned in New Hampshire.\n\nQ: How did things go for you after the move to Texas?\n\nCruz: Just hang on.\n\nBush: Student loans On his campaign website, Jeb Bush calls for new loans for every student.",
    );
    assert!(
        c.iter()
            .all(|c| c.kind == ClaimKind::Narrator || !c.text.starts_with(['H', 'J', 'S'])),
        "{c:#?}"
    );
}

#[test]
fn an_including_aside_adds_names_but_is_not_the_subject() {
    let c = claims_of(
        "Other Republican candidates, including Carly Fiorina and Ben Carson, have followed Mr. Trump's lead, saying Mr. Clinton's history is a legitimate criticism.",
    );
    let claim = find(&c, "legitimate criticism");
    assert_eq!(
        claim.mention.as_deref(),
        Some("Other Republican candidates")
    );
    assert!(!claim.speaker.contains("Ben"), "{claim:#?}");
}

#[test]
fn a_short_form_of_one_persons_first_name_is_that_person() {
    let c = claims_of(
        "Mohammed Islam, 17, says he made millions trading stocks.\n\n\"He basically wants to give us $150 million,\" Mo explained.",
    );
    assert_eq!(find(&c, "150 million").speaker, "Mohammed Islam");
    // Not when two people could be meant.
    let c =
        claims_of("Mohammed Islam and Moses Malone met on Friday.\n\n\"We will see,\" Mo said.");
    assert_ne!(find(&c, "We will see").speaker, "Mohammed Islam");
}

#[test]
fn according_to_a_thing_it_was_said_on_ends_at_its_pronoun() {
    let c = claims_of(
        "The audio recording has been verified as authentic, according to the video streaming application it was recorded on.",
    );
    assert_eq!(
        find(&c, "verified as authentic").speaker,
        "video streaming application"
    );
}

#[test]
fn a_colon_after_a_closing_quote_mark_reads_without_a_panic() {
    // The colon follows a three-byte quote mark: the text after it starts past the colon.
    let c = extract(vec![Article::from_plain(
        "t.txt",
        "‘Jihadi John’: The Islamic State killer behind the mask is a young Londoner\n\nHe was named on Thursday.\n\nMohammed Emwazi was named by officials.\n\n‘Emwazi’: He was a quiet student who loved football.".to_owned(),
    )]);
    assert!(!c.claims.is_empty());
}

#[test]
fn he_after_a_named_persons_spokesman_is_the_spokesman_not_his_boss() {
    // The capitalised opening "McConnell" is whose spokesman; the sentence is about Stewart.
    let c = claims_of(
        "Senate confirms a judge\n\nSenate Majority Leader Mitch McConnell let a judicial nominee get a vote.\n\nMcConnell spokesman Don Stewart wouldn't say when the Senate will vote again.\n\n“I don’t have any new announcements yet,” he said.",
    );
    assert_eq!(find(&c, "new announcements").speaker, "Don Stewart");
    // Still the boss when he leads the sentence himself.
    let c = claims_of(
        "Senate confirms a judge\n\nMcConnell spokesman Don Stewart spoke first.\n\nSenate Majority Leader Mitch McConnell then took the floor.\n\n“I don’t have any new announcements yet,” he said.",
    );
    assert_eq!(find(&c, "new announcements").speaker, "Mitch McConnell");
}

#[test]
fn a_name_the_lists_do_not_know_is_a_person_when_an_occupation_describes_it() {
    // "Raynard" is in no first-name list; the description after the comma makes him a person,
    // so "he" means him rather than the Obama his sentence mentions.
    let c = claims_of(
        "Headline here\n\nBarack Obama won Iowa in 2008.\n\nRaynard Jackson, a black Republican campaign consultant and the host of a radio show, is a Virginia resident who voted for Obama. “If South Carolina had come first, Obama would have lost,” he said.",
    );
    assert_eq!(find(&c, "South Carolina").speaker, "Raynard Jackson");
    // A place with a description is no person: "he" still means Obama.
    let c = claims_of(
        "Headline here\n\nBarack Obama won Iowa in 2008.\n\nDes Moines, a city of farms and insurers, is where he first spoke of it. “We will win here,” he said.",
    );
    assert_eq!(find(&c, "We will win").speaker, "Barack Obama");
}

#[test]
fn he_after_a_description_then_a_name_is_the_one_named() {
    // The quick read of the capitalised opening takes "Obama"; the full read finds Belcher.
    let c = claims_of(
        "Headline here\n\nBarack Obama won Iowa in 2008.\n\nObama himself seemed to see its weight.\n\nObama consultant Cornell Belcher, the pollster, picked up a similar thread at the time. “African-Americans are beginning to see that,” he said.",
    );
    assert_eq!(find(&c, "beginning to see").speaker, "Cornell Belcher");
}

#[test]
fn a_name_the_lists_do_not_know_is_a_person_when_an_occupation_follows_it_anywhere() {
    // Not the sentence's subject: "Jorunn Haldorsen" is named only in passing, described by
    // what she does, and "Ms. Haldorsen" later is her.
    let c = claims_of(
        "Norway is slow to spend\n\nNorway is not moving fast enough for experts like Jorunn Haldorsen, the parliamentary commissioner for the military.\n\nNorway should spend more ''as quickly as possible,'' said Ms. Haldorsen.",
    );
    assert_eq!(find(&c, "quickly as possible").speaker, "Jorunn Haldorsen");
}

#[test]
fn a_credit_after_the_verb_names_whoever_its_description_ends_with() {
    let c = claims_of(
        "Headline here\n\nDonald Trump spoke on Monday about refugees and the wall.\n\n\"Thanks, Clarkston, for welcoming these refugees,\" said master of ceremonies Asab Al-Tabchi, a Syrian refugee.\n\n\"I don't know exactly where he stands on that,\" said undecided Republican voter Stephanie Hooton of Derry, N.H., before the barn event.\n\n''It may have been Freddy's first attempt to make his own statement,'' said his best friend at Lehigh, Bruce Turry.",
    );
    assert_eq!(
        find(&c, "welcoming these refugees").speaker,
        "Asab Al-Tabchi"
    );
    assert_eq!(find(&c, "where he stands").speaker, "Stephanie Hooton");
    assert_eq!(find(&c, "first attempt").speaker, "Bruce Turry");
    // An organisation after a description is no one's first name and surname: the person
    // before it speaks.
    let c = claims_of(
        "Headline here\n\n\"History will judge,\" says Stu Rothenberg of the non-partisan Rothenberg-Gonzales Political Report.",
    );
    assert_eq!(find(&c, "History will judge").speaker, "Stu Rothenberg");
}

#[test]
fn a_city_and_its_state_inside_a_description_before_the_verb_stay_in_it() {
    let c = claims_of(
        "Headline here\n\nJeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and other rabbis were alarmed about the rhetoric.\n\nIn Cedar Rapids, Iowa, Rubio said the plan would fail.",
    );
    assert_eq!(
        find(&c, "other rabbis were alarmed").speaker,
        "Jeffrey Salkin"
    );
    assert_eq!(find(&c, "plan would fail").speaker, "Rubio");
}

#[test]
fn she_after_a_sentence_about_an_unnamed_woman_is_that_woman() {
    let c = claims_of(
        "Headline here\n\nTrump spoke at a rally on Monday.\n\nThe woman who started it all identified herself to CNN as a resident of Salem.\n\n“He truly cares about the American people,” she said of Trump.",
    );
    assert_eq!(find(&c, "truly cares").speaker, "woman");
}

#[test]
fn an_unknown_name_described_as_a_group_or_a_known_person_named_after_a_description_stay_as_they_were(
) {
    // A group's description makes no person of "Cage UK": the "he" after it is Emwazi.
    let c = claims_of(
        "Headline here\n\nMohammed Emwazi left for Syria in 2012.\n\nCage UK, a counter-terrorism activist group which had discussions with Emwazi, has issued a statement.\n\n“I was shocked,” he said.",
    );
    assert_eq!(find(&c, "I was shocked").speaker, "Mohammed Emwazi");
    // "the man identified as Foley" is Foley, not an unnamed man.
    let c = claims_of(
        "Headline here\n\nJames Foley was kidnapped in Syria in 2012.\n\nIn the video, the man identified as Foley delivers what appears to be a prepared statement.\n\n\"I call on my friends to rise up,\" he said.",
    );
    assert_eq!(find(&c, "rise up").speaker, "James Foley");
}

#[test]
fn with_someone_and_a_participle_credits_the_quote_that_follows() {
    let c = claims_of(
        "Headline here\n\nJohn Kasich spoke on Monday.\n\nLawmakers were irritated about the lack of detail, with Sen. John McCain calling it a “Chinese menu.”\n\nRepublicans were quick to chime in, with Donald Trump asking, \"How can someone with such bad judgement be our next president?\"\n\nIn it, the fighters can be heard on the road to the town, with one warning: “We will enter the city.”",
    );
    assert_eq!(find(&c, "Chinese menu").speaker, "John McCain");
    assert_eq!(find(&c, "bad judgement").speaker, "Donald Trump");
    assert_eq!(find(&c, "enter the city").speaker, "one");
}

#[test]
fn the_thing_a_relative_clause_describes_is_not_part_of_its_speaker() {
    let c = claims_of(
        "Headline here\n\nDevine acknowledged that it will be very difficult unless Sanders finishes on a very strong winning streak - something Sanders aides argue is possible after Tuesday's victory in Indiana.",
    );
    assert_eq!(find(&c, "victory in Indiana").speaker, "Sanders aides");
}

#[test]
fn a_description_named_someone_is_that_person_as_a_subject() {
    let c = claims_of(
        "Headline here\n\nOutside the plant, a worker named Antonio Arroyo has nothing but positive things to say about his job, much like his colleagues.\n\n“The atmosphere is relaxed,” he said.",
    );
    assert_eq!(find(&c, "atmosphere is relaxed").speaker, "Antonio Arroyo");
}

#[test]
fn a_role_that_serves_someone_after_to_is_a_speaker() {
    let c = claims_of(
        "Headline here\n\nSeitchi was returning to Chad to mourn the death of his mother, Chad’s Ambassador to France confirmed.\n\nThe talks will resume in May, an adviser to the president said.",
    );
    assert!(find(&c, "mourn the death").speaker.contains("ambassador"));
    assert!(find(&c, "talks will resume").speaker.contains("adviser"));
}

#[test]
fn quoted_words_outside_every_pattern_are_claims_of_whom_their_sentence_credits() {
    let c = claims_of(
        "Headline here\n\nDonations are vetted to make sure they comply with limits, campaign spokesman Colin Strother said, but “we do not ask them their annual income or what their spouse makes.”\n\nThe paradox of Wu, says Carl Anthony, a historian at the state library, is that she was “one of the most powerful governors of the postwar era,” not for her policy influence but for her “personal influence over the budget.”\n\nResidents have a name for the tunnel project: the “road to ruin and despair.”",
    );
    let income = find(&c, "annual income");
    assert_eq!(income.speaker, "Colin Strother");
    assert_eq!(income.kind, ClaimKind::Quote);
    assert_eq!(income.form, Some("direct"));
    assert_eq!(find(&c, "most powerful governors").speaker, "Carl Anthony");
    let influence = find(&c, "personal influence over");
    assert_eq!(influence.speaker, "Carl Anthony");
    assert_eq!(influence.form, Some("fragment"));
    // No one is credited with the name: it stays in the narrator's sentence.
    assert_eq!(find(&c, "road to ruin").kind, ClaimKind::Narrator);
}

#[test]
fn a_question_put_to_someone_after_an_opening_phrase_is_the_askers() {
    let c = claims_of(
        "Headline here\n\nKaren Wu spoke in Salem on Monday.\n\nDuring a radio interview in August, the mayor was asked if she had ever regretted the vote.\n\nIn several cases, city officials say, they have been asked to keep the files open so that auditors can read them.",
    );
    let q = find(&c, "ever regretted the vote");
    assert_eq!((q.speaker.as_str(), q.form), ("unknown", Some("question")));
    // Two commas: the words between them credit the rest, which is no question.
    let said = find(&c, "keep the files open");
    assert_eq!(said.speaker, "city officials");
    assert_ne!(said.form, Some("question"));
}

#[test]
fn a_name_that_opens_a_clause_before_its_appositive_is_the_speaker() {
    let c = claims_of(
        "Headline here\n\nThe worst obstacle disappeared that spring when Thomas Reyes, her counterpart at the rival firm, called with an offer. In a merger, he said, the brand would survive.\n\nDespite the long feud over the Riverside Compact, several mayors and some residents say it had successes in the valley.",
    );
    assert_eq!(find(&c, "brand would survive").speaker, "Thomas Reyes");
    // A preposition's object is no clause of its own.
    assert_eq!(
        find(&c, "had successes").speaker,
        "several mayors and some residents"
    );
}

#[test]
fn a_plural_noun_a_contracted_be_an_affiliation_and_in_which_are_read_as_such() {
    let c = claims_of(
        "Headline here\n\nKaren Wu spoke on Monday. She's suggesting that delegates from districts she won should flip to her column.\n\nDelegates from states she won should flip, her aides said on Tuesday.\n\n“A staged plan would be a bit of a stretch for the council,” Thomas Reyes of the Riverside Institute for Regional Planning Studies wrote in September.\n\nThe mayor released a letter in which Reyes said the bridge would reopen in May.\n\nReyes said on Tuesday that according to its own count, the party has won the vote.",
    );
    assert_eq!(find(&c, "districts she won").speaker, "Karen Wu");
    assert_eq!(find(&c, "Delegates from states").speaker, "aides");
    assert_eq!(find(&c, "bit of a stretch").speaker, "Thomas Reyes");
    assert_eq!(find(&c, "bridge would reopen").speaker, "Thomas Reyes");
    assert_eq!(find(&c, "has won the vote").speaker, "Thomas Reyes");
}

#[test]
fn a_credit_by_a_group_mid_sentence_or_with_a_relative_clause_after_it() {
    let c = claims_of(
        "Headline here\n\nPart of the problem in detecting the leaks, say experts, is the old pipe itself.\n\nDefending that district is squarely within the mayor's strengths, said a handful of council members who point to her strong relationships with organized labor and her well-known ability to relate to average voters.",
    );
    assert_eq!(find(&c, "is the old pipe itself").speaker, "experts");
    assert_eq!(
        find(&c, "squarely within the mayor's").speaker,
        "handful of council members"
    );
}

#[test]
fn the_subject_after_that_speaks_far_into_a_sentence() {
    let c = claims_of(
        "Headline here\n\nAnyone expecting the governor to suddenly pivot to a more traditional and careful style of governing should remember that social scientists say personality is relatively stable after the age of 30.\n\nThe state passed several laws last year that the court said discriminated against renters.",
    );
    assert_eq!(
        find(&c, "personality is relatively").speaker,
        "social scientists"
    );
    let court = find(&c, "discriminated against renters");
    assert_eq!(court.speaker, "the court");
    assert_eq!(court.mention.as_deref(), Some("the court"));
}

#[test]
fn a_name_after_a_dashed_aside_that_ends_an_opening_phrase_is_the_subject() {
    let c = claims_of(
        "Headline here\n\nInside the hall - which looks like a church except for the missing bell - Adel Nefzi said he and many neighbours are trying to collect money.\n\nNefzi, a chemistry professor, said the hall had never been busier.",
    );
    assert_eq!(find(&c, "collect money").speaker, "Adel Nefzi");
    assert_eq!(find(&c, "never been busier").speaker, "Adel Nefzi");
}

#[test]
fn a_pronoun_after_a_subordinator_is_the_sentence_subject_not_the_last_speaker() {
    let c = claims_of(
        "Headline here\n\n“The plan is a mess,” said Jeff Bechdel, a spokesman for the group.\n\nEd Krayewski may have said it best when he blogged: “The council is as close to a rubber stamp as this city will see.”",
    );
    assert_eq!(find(&c, "rubber stamp").speaker, "Ed Krayewski");
    // The mention is still the words that credit the quote.
    assert_eq!(find(&c, "rubber stamp").mention.as_deref(), Some("he"));
    // A semicolon opens the clause, and a word may describe its subject.
    let c = claims_of(
        "Headline here\n\n“The plan is a mess,” said Jeff Bechdel, a spokesman for the group.\n\nThe council passed a measure that would close the bridge; Republican Gov. Mary Fallin, who opposes the closure, vetoed the bill because she said it was unlawful.",
    );
    assert_eq!(find(&c, "it was unlawful").speaker, "Mary Fallin");
    // A subject that a comma runs through is misread ("Marie Herberstein, Head of ..." as one
    // name): no bound pronoun then.
    let c = claims_of(
        "Headline here\n\n“It is not plausible,” arachnid expert Christopher Buddle told the paper.\n\nMarie Herberstein, Head of the Department of Biological Sciences at Macquarie University, does not fully exclude it, though she writes, “I have never heard of any spider that lives under the skin.”",
    );
    assert!(c.iter().all(|x| !x.speaker.ends_with("Head")), "{c:#?}");
}

/// "X in <Place>" says where X speaks from: the speaker is X, a person or an organisation,
/// never the place (was: "Lagos", "Paris", and "Washington" merged with George Washington).
#[test]
fn a_place_after_in_is_where_the_speaker_is_not_who() {
    let text = "The BBC's Tomi Oladipo in Lagos says the video will come as a huge embarrassment for the government.\n\n\
        John Smith in Paris said the talks had failed.\n\n\
        The Holocaust Memorial Museum in Washington said the exhibit would open in May.\n\n\
        Smith in New York said the deal was off.";
    let claims = claims_of(text);
    for (fragment, speaker) in [
        ("huge embarrassment", "Tomi Oladipo"),
        ("talks had failed", "John Smith"),
        ("exhibit would open", "Holocaust Memorial Museum"),
        ("deal was off", "John Smith"),
    ] {
        assert_eq!(find(&claims, fragment).speaker, speaker, "{fragment}");
    }
}

/// "X said P, according to <outlet>": the outlet reports X's words, and the claim is X's, as in
/// "X told the Post". An account by a witness or a poll stays the account's.
#[test]
fn what_an_outlet_reports_someone_said_is_theirs_but_a_witness_account_is_the_witness() {
    let claims = claims_of(
        "John Smith said the deal was dead, according to Politico.\n\n\
         Ted Cruz said little at the dinner, according to an attendee.",
    );
    assert_eq!(find(&claims, "deal was dead").speaker, "John Smith");
    assert_eq!(find(&claims, "said little").speaker, "attendee");
}

/// A cleric's title is a role: alone it describes the speaker ("the pope"), before a name it is
/// dropped from the name as "Sen." is.
#[test]
fn a_clerics_title_is_a_role() {
    let c = claims_of(
        "Pope says dogs can go to heaven. Cardinal Sean O'Malley said the church would stay open.",
    );
    assert_eq!(find(&c, "dogs can go to heaven").speaker, "the pope");
    assert_eq!(
        find(&c, "the church would stay open").speaker,
        "Sean O'Malley"
    );
}

/// "cast doubt", "shot down" deny only a claim named as their object; the preposition is the
/// verb's, not the denied proposition's.
#[test]
fn a_literal_phrasal_denial_denies_its_named_claim() {
    let c = claims_of(
        "Scientists cast doubt over claims that a spider burrowed into his body. \
         His supporters cast doubt on the reports. Turkey shot down a Russian bomber in November.",
    );
    let spider = find(&c, "a spider burrowed into his body");
    assert_eq!(spider.kind, ClaimKind::Denial);
    assert_eq!(spider.text, "a spider burrowed into his body");
    assert_eq!(find(&c, "the reports").text, "the reports");
    assert!(c
        .iter()
        .all(|x| !x.text.contains("Russian bomber") || x.kind != ClaimKind::Denial));
}

/// "S, according to X, VERB ...": the credit splits the subject from its verb, and the claim is
/// both sides of it, without the credit.
#[test]
fn according_to_between_subject_and_verb_keeps_both() {
    let c = claims_of(
        "Spiders, according to arachnid expert Volker Framenau, don't burrow in skin.\n\n\
         The plan, according to officials, would cost $5 billion.",
    );
    let spiders = find(&c, "burrow in skin");
    assert_eq!(spiders.text, "Spiders don't burrow in skin");
    assert_eq!(spiders.speaker, "Volker Framenau");
    assert_eq!(
        find(&c, "would cost").text,
        "The plan would cost $5 billion"
    );
}

/// "the source added but did not mention ...": a second verb of the subject's is no clause that
/// was said; a second speech verb still is ("said ... and charged that ...").
#[test]
fn a_second_verb_after_the_speech_verb_is_no_claim() {
    let c = claims_of(
        "The release was a strong signal, the source added but did not mention the schoolgirls.\n\n\
         Hillary Clinton said little and charged that the plan would fail.",
    );
    assert!(c
        .iter()
        .all(|x| x.kind == ClaimKind::Narrator || !x.text.starts_with("but did not")));
    assert_eq!(find(&c, "the plan would fail").speaker, "Hillary Clinton");
}

/// "called" that gives a name ("a story on a site called MSNBC.website") is no speech act; one
/// with its subject still is ("The senator called Trump a liar").
#[test]
fn called_giving_a_name_credits_nobody() {
    let c = claims_of(
        "Fans linked to a story on a site called MSNBC.website, and the story went viral.\n\n\
         Senator Maria Santos called the plan a disaster on Sunday.",
    );
    assert_eq!(find(&c, "MSNBC.website").kind, ClaimKind::Narrator);
    assert_eq!(find(&c, "the plan a disaster").speaker, "Maria Santos");
}

/// A news outlet that credits someone else's words ("X said P, the Associated Press reported")
/// only reported them: the claim is the speaker's. A credit that is no outlet keeps the clause
/// ("Ms. Reyes, analysts said, has other reasons").
#[test]
fn an_outlet_reporting_what_someone_said_credits_the_speaker() {
    let c = claims_of(
        "Defense spokesman Maj. Gen. Chris Olukolade said the release was still under \
         negotiation, the Associated Press reported.\n\n\
         Maria Santos told donors the plan would fail, The Post reported.\n\n\
         Officials said the talks had stalled, analysts said.",
    );
    let release = find(&c, "still under negotiation");
    assert_eq!(release.speaker, "Chris Olukolade");
    assert_eq!(release.text, "the release was still under negotiation");
    assert_eq!(find(&c, "the plan would fail").speaker, "Maria Santos");
    assert_eq!(find(&c, "the talks had stalled").speaker, "analysts");
}

/// "CNN is reporting that P" credits CNN; "reporting from Syria" is a job, not speech. Media,
/// customers, representatives and state television speak as groups ("the singer's reps
/// confirmed that ...").
#[test]
fn outlets_reporting_and_groups_of_sources_are_speakers() {
    let c = claims_of(
        "CNN is reporting that the senator will resign.\n\n\
         He was kidnapped while reporting from Syria in 2012.\n\n\
         Lebanese state television said that the general was killed on January 3.\n\n\
         On Tuesday the singer's reps officially confirmed that the singer is not dead.\n\n\
         Comcast customers claimed that Comcast repeatedly asked them which sites they used.",
    );
    assert_eq!(find(&c, "the senator will resign").speaker, "CNN");
    assert_eq!(find(&c, "reporting from Syria").kind, ClaimKind::Narrator);
    assert_eq!(
        find(&c, "the general was killed").speaker,
        "Lebanese state television"
    );
    assert_eq!(find(&c, "the singer is not dead").speaker, "singer's reps");
    assert_eq!(
        find(&c, "repeatedly asked them").speaker,
        "Comcast customers"
    );
}

/// "al-Baghdadi", "el-Sisi": a surname that opens with a particle in lower case is a name, in
/// a run of names and on its own.
#[test]
fn a_surname_with_a_lower_case_particle_speaks() {
    let c = claims_of(
        "Interior Minister Nohad al-Machnouk visited the base on Sunday.\n\n\
         In a speech on Monday, al-Baghdadi said that the caliphate would expand.\n\n\
         “We are skeptical about it,” said government spokesman Mohammed al-Momani.",
    );
    assert_eq!(
        find(&c, "the caliphate would expand").speaker,
        "al-Baghdadi"
    );
    assert_eq!(find(&c, "skeptical about it").speaker, "Mohammed al-Momani");
}

/// A setting set off by commas between the verb and "that" ("said on Friday, in a statement to
/// reporters, that P") is no part of P; a denial in a clause opened by "Though" ends at the
/// main clause, whose subject may be a plural noun ("Though reps for the actor denied ...").
#[test]
fn settings_and_subordinate_clauses_stay_out_of_the_claim() {
    let c = claims_of(
        "The White House said on Friday, in a statement to reporters, that the talks would resume.\n\n\
         Though reps for the actor denied the April reports, they have not yet spoken out on the \
         latest hoax.",
    );
    assert_eq!(
        find(&c, "the talks would resume").text,
        "the talks would resume"
    );
    let denied = find(&c, "the April reports");
    assert_eq!(denied.kind, ClaimKind::Denial);
    assert_eq!(denied.text, "the April reports");
}

/// An editor's bracket that opens the subject after a comma ("..., (Pentagon spokesman Army
/// Col. Steve) Warren said") still names who spoke, and "he" after it is that speaker.
#[test]
fn an_editors_bracket_before_the_subject_keeps_the_speaker() {
    let c = claims_of(
        "In response to a question about the reported death of the group's leader in an air \
         strike, (Pentagon spokesman Army Col. Steve) Warren said the U.S. has not conducted any \
         targeted strikes.\n\n\
         “I hope he's dead, but we haven't conducted any strikes against him,” he said.",
    );
    assert_eq!(find(&c, "targeted strikes").speaker, "Steve Warren");
    assert_eq!(find(&c, "I hope he's dead").speaker, "Steve Warren");
}
