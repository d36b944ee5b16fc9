// Each attribution rule on sentences written for it, parsed by the real CoreNLP server: what it finds, the
// words it takes as content, and the word its source phrase is built on.
import { accordingTo } from "../../src/ingest/rules/according-to";
import { attributionAside } from "../../src/ingest/rules/attribution-aside";
import { cueAdjectiveClause } from "../../src/ingest/rules/cue-adjective-clause";
import { cueNounClause } from "../../src/ingest/rules/cue-noun-clause";
import { cueThenClause } from "../../src/ingest/rules/cue-then-clause";
import { headline } from "../../src/ingest/rules/headline";
import { inFindings } from "../../src/ingest/rules/in-findings";
import { quotationContinues } from "../../src/ingest/rules/quotation-continues";
import { quotationWithCue } from "../../src/ingest/rules/quotation-with-cue";
import { reportedClause } from "../../src/ingest/rules/reported-clause";
import { signedQuotation } from "../../src/ingest/rules/signed-quotation";
import type { AttributionRule } from "../../src/ingest/rules/rule";
import { transcriptTurn } from "../../src/ingest/rules/transcript-turn";
import { verbObject } from "../../src/ingest/rules/verb-object";
import { findAttributions } from "../../src/ingest/stages/attributions";
import { article, documentOf } from "../support/extraction";

interface Found {
  rule: string;
  content: string[];
  source: string;
  direct: boolean;
}

/** What the rules find in a text: content parts as written and the source's head word. */
async function found(text: string, rules?: AttributionRule[]): Promise<Found[]> {
  const document = await documentOf(text);
  return findAttributions(document, rules).map((finding) => ({
    rule: finding.rule,
    content: finding.content.map((part) => text.slice(part.start, part.end)),
    source:
      finding.source.kind === "phrase"
        ? document.sentences[finding.source.head.sentence].tokens[finding.source.head.token].text
        : "(previous quotation)",
    direct: finding.direct,
  }));
}

describe("quotation-with-cue", () => {
  const rules = [quotationWithCue];

  it("takes the speaker named after the quotation with a role before the name", async () => {
    expect(
      await found(article('"We will not back down," vice presidential candidate Mike Pence said.'), rules),
    ).toEqual([
      { rule: "quotation-with-cue", content: ["We will not back down,"], source: "Pence", direct: true },
    ]);
  });

  it("takes a surname the tagger reads as an adjective, right before the verb, as the speaker", async () => {
    const text = article(
      "The harbour plan will pass, her top aide, Rob Devine, told the Harbour Post.",
      '"We are nowhere near done," Devine declared.',
    );
    expect(await found(text, rules)).toMatchObject([
      { content: ["We are nowhere near done,"], source: "Devine", direct: true },
    ]);
  });

  it("takes the name after an inverted verb when the parser hangs it on a later verb", async () => {
    const text = article(
      '"This is just a scripted show and we are all props," said harbour pilot Dana Quill, angered that council leaders ignored the fishermen.',
    );
    expect(await found(text, rules)).toMatchObject([
      { content: ["This is just a scripted show and we are all props,"], source: "Quill", direct: true },
    ]);
  });

  it("takes the subject of any verb whose clause ends in the colon that opens the quotation", async () => {
    const text = article(
      'Mayor Ortiz went even further: "If the council loses the vote, it is the end of the harbour plan."',
    );
    expect(await found(text, rules)).toMatchObject([
      {
        content: ["If the council loses the vote, it is the end of the harbour plan."],
        source: "Ortiz",
        direct: true,
      },
    ]);
  });

  it("reads a verb that says only with its particle as a cue", async () => {
    const text = article('"The mayor wants to be a tough guy tonight," Berg shot back.');
    expect(await found(text, rules)).toMatchObject([
      { content: ["The mayor wants to be a tough guy tonight,"], source: "Berg", direct: true },
    ]);
  });

  it("takes an inverted attribution and an apposition", async () => {
    const [finding] = await found(
      article('"The vote was fair," said Anna Brock, the committee\'s chairwoman.'),
      rules,
    );
    expect(finding).toMatchObject({ content: ["The vote was fair,"], source: "Brock" });
  });

  it("takes the speaker of an inverted attribution the parser read as an object", async () => {
    const [finding] = await found(
      article(
        '"This is simple -- what the council is doing is reckless," said harbour campaign manager Lena Ortiz in a statement.',
      ),
      rules,
    );
    expect(finding).toMatchObject({
      content: ["This is simple -- what the council is doing is reckless,"],
      source: "Ortiz",
    });
  });

  it("reads a quotation with a quotation inside it as one quotation", async () => {
    const [finding] = await found(
      article(
        "“Ortiz needs to quiet the ‘Never Ortiz’ crowd,” said Bruce Haynes, a harbour strategist in Koval. " +
          "“Brock on the other hand needs a unified party to get every vote.”",
      ),
    );
    expect(finding).toMatchObject({
      rule: "quotation-with-cue",
      content: [
        "Ortiz needs to quiet the ‘Never Ortiz’ crowd,",
        "Brock on the other hand needs a unified party to get every vote.",
      ],
      source: "Haynes",
    });
  });

  it("leaves a title after the attribution out of the words", async () => {
    const [finding] = await found(
      article("“Being a mayor, that’s my job,” Ortiz said in May on the radio show “Harbour Hour.”"),
      rules,
    );
    expect(finding).toMatchObject({ content: ["Being a mayor, that’s my job,"], source: "Ortiz" });
  });

  it("makes one finding of a quotation split by its attribution", async () => {
    const [finding] = await found(
      article('"We will win," Governor Lena Ortiz said, "and we will win big."'),
      rules,
    );
    expect(finding).toMatchObject({ content: ["We will win,", "and we will win big."], source: "Ortiz" });
  });

  it("keeps a quotation after the attribution apart when a cue of its own follows it", async () => {
    const findings = await found(
      article(
        "“The harbour will reopen in March. The dredging is done,” Ortiz says. “What the council wants is a new quay before the winter,” she adds.",
      ),
      [quotationWithCue],
    );
    expect(findings.map(({ content, source }) => ({ content, source }))).toEqual([
      { content: ["The harbour will reopen in March. The dredging is done,"], source: "Ortiz" },
      { content: ["What the council wants is a new quay before the winter,"], source: "she" },
    ]);
  });

  it('reads a quotation that ends in ?" or !" with the cue in the next words', async () => {
    const results = await found(
      article('"Is this what we voted for?" the mayor asked. "Never again!" she shouted.'),
      rules,
    );
    expect(results.map((result) => [result.content[0], result.source])).toEqual([
      ["Is this what we voted for?", "mayor"],
      ["Never again!", "she"],
    ]);
  });

  it("reads doubled apostrophes as quotation marks", async () => {
    const [finding] = await found(article("''It is a disgrace,'' Senator Paul Dorn told reporters."), rules);
    expect(finding).toMatchObject({ content: ["It is a disgrace,"], source: "Dorn" });
  });

  it("takes the speaker of a paragraph that ends with a colon for the quotation that opens the next one", async () => {
    const [finding] = await found(
      article("The minister said on Monday:", '"Our borders are secure and will stay secure."'),
      rules,
    );
    expect(finding).toMatchObject({
      content: ["Our borders are secure and will stay secure."],
      source: "minister",
    });
  });

  it("leaves a quoted fragment inside a reported clause to the clause rule", async () => {
    expect(
      await found(article('Mr. Kaine said the plan was "a total disaster" for the state.'), rules),
    ).toEqual([]);
  });

  it("takes the name between the quotation and the verb when the parse gives the verb no subject", async () => {
    // This sentence parses with "said" as a passive whose subjects are "she" (quoted) and "Varga".
    const quote =
      "She wants to win by stoking anger and rubbing salt in old wounds, and reminding us daily just how clever she is,";
    const [finding] = await found(
      article(`"${quote}" Varga said in his victory speech late Tuesday.`),
      rules,
    );
    expect(finding).toMatchObject({ content: [quote], source: "Varga" });
  });

  it("reads put it as a verb of saying, and chants as speech", async () => {
    const text = article(
      "Or, as harbour master Dana Quill put it: “The boats are no longer at the gate.”",
      "The dockers chanted “Open the port!” until the mayor came out.",
    );
    expect(await found(text, rules)).toMatchObject([
      { content: ["The boats are no longer at the gate."], source: "Quill" },
      { content: ["Open the port!"], source: "dockers" },
    ]);
  });

  it("finds nothing for scare quotes with no cue", async () => {
    expect(await found(article('The so-called "reform" passed on Tuesday.'), rules)).toEqual([]);
  });
});

describe("reported-clause", () => {
  const rules = [reportedClause];

  it("keeps the words the parser strands after the clause", async () => {
    const [finding] = await found(
      article(
        "The mayor's office, which has been dogged for months by the dispute over the contract she signed " +
          "while at the agency, said that the files released on Monday had no bearing on the harbour bid.",
      ),
      rules,
    );
    expect(finding).toMatchObject({
      content: ["that the files released on Monday had no bearing on the harbour bid"],
      source: "office",
    });
  });

  it("takes the noun before a participle the parser read as a clause for the speaker", async () => {
    const [finding] = await found(
      article("People briefed on the move said that it reflected the mayor's realization."),
      rules,
    );
    expect(finding).toMatchObject({
      content: ["that it reflected the mayor's realization"],
      source: "People",
    });
  });

  it("takes a clause the parser set beside the verb and its object with nothing between", async () => {
    const [finding] = await found(
      article(
        "Calabrese told the Harbour Post he’s already received hundreds of emails from fishermen interested in moving to the island.",
      ),
      rules,
    );
    expect(finding).toMatchObject({
      content: ["he’s already received hundreds of emails from fishermen interested in moving to the island"],
      source: "Calabrese",
    });
  });

  it("gives a participle's words to the subject it shares, not to those it addresses", async () => {
    const [finding] = await found(
      article(
        "Ortiz endorsed Berg in early June, but only after publicly deliberating over the decision, telling reporters in May that she was “not quite there yet.”",
      ),
      rules,
    );
    expect(finding).toMatchObject({ source: "Ortiz" });
  });

  it("gives a participle set off by a comma to the clause it follows, not to the noun before the comma", async () => {
    const [finding] = await found(
      article(
        "Ortiz was blunt about her distaste for Berg, the current harbour master, saying fishermen need to band together to stop him.",
      ),
      rules,
    );
    expect(finding).toMatchObject({
      content: ["fishermen need to band together to stop him"],
      source: "Ortiz",
    });
  });

  it("gives a participle after a preposition's participle to the clause's subject", async () => {
    const [finding] = await found(
      article(
        "The mayor began by talking about the harbour's debt crisis, saying that dredging is now “cheaper than doing nothing.”",
      ),
      rules,
    );
    expect(finding).toMatchObject({ source: "mayor" });
  });

  it("takes a participle with its own subject, loose after the verb, as what was shown", async () => {
    const [finding] = await found(
      article("The survey showed Mr. Berg losing voters after the debate on Saturday."),
      rules,
    );
    expect(finding).toMatchObject({
      content: ["Mr. Berg losing voters after the debate on Saturday"],
      source: "survey",
    });
  });

  it("takes a predicate with a copula that the parser leaves loose after the verb's objects", async () => {
    const [finding] = await found(
      article(
        "He told POLITICO Florida the harbour’s own standards are not perfect but “getting better and better.”",
      ),
      rules,
    );
    expect(finding).toMatchObject({
      content: ["the harbour’s own standards are not perfect but “getting better and better."],
      source: "He",
    });
  });

  it("takes the clause whose subject the parser made the speech verb, with its object", async () => {
    const findings = await found(
      article(
        'Of Berg, Ortiz said a lot of voters in her town would find it "very hard to look past" Berg\' self-description of being a "harbour socialist."',
      ),
      rules,
    );
    expect(findings.map(({ content, source }) => ({ content, source }))).toEqual([
      {
        content: [
          'a lot of voters in her town would find it "very hard to look past" Berg\' self-description of being a "harbour socialist."',
        ],
        source: "Ortiz",
      },
    ]);
  });

  it("takes the clause the parser set loose beside the speech verb, from the verb's object", async () => {
    // The sentence splitter ends a sentence inside the chant, so this one opens with its closing mark.
    const text = article(
      'Walking into the office to chants of "Lena! Lena!," the mayor said her campaign here was "closing really strong."',
    );
    expect(await found(text, rules)).toMatchObject([
      { content: ['her campaign here was "closing really strong.'], source: "mayor" },
    ]);
  });

  it("gives a participle's clause to the group or share it describes, without the sentence's own words", async () => {
    const findings = await found(
      article(
        "The proportion of harbour voters saying they want a ban on trawlers entering the bay is as high as three-quarters in Arkala.",
        "The council issued a statement saying the levy is fair.",
      ),
      rules,
    );
    expect(findings.map(({ content, source }) => ({ content, source }))).toEqual([
      { content: ["they want a ban on trawlers entering the bay"], source: "proportion" },
    ]);
  });

  it("keeps a reason the parser hung on the cue after the clause", async () => {
    const [finding] = await found(
      article(
        "Governor Lena Ortiz says the new levy is unfair, because it falls hardest on fishing families.",
      ),
      rules,
    );
    expect(finding).toMatchObject({
      content: ["the new levy is unfair, because it falls hardest on fishing families"],
      source: "Ortiz",
    });
  });

  it("keeps a concession the parser hung on the cue after the clause", async () => {
    const [finding] = await found(
      article(
        "Vera Lund, who has fished these waters since the age of 20, says she votes as an independent, although she is registered as a Liberal.",
      ),
      rules,
    );
    expect(finding).toMatchObject({
      content: ["she votes as an independent, although she is registered as a Liberal"],
      source: "Lund",
    });
  });

  it("takes a clause whose subject the parser read as the verb's object", async () => {
    const [finding] = await found(
      article(
        "By double digits, those surveyed say stricter port rules would help prevent accidents, though they " +
          "blame failures in the weather service, not port rules, for most wrecks.",
      ),
      rules,
    );
    // The concession after it is theirs too (as in "keeps a concession …").
    expect(finding).toMatchObject({
      content: [
        "stricter port rules would help prevent accidents, though they blame failures in the weather service, not port rules, for most wrecks",
      ],
      source: "those",
    });
  });

  it("takes a clause whose subject the parser read as the object and whose verb as an open complement", async () => {
    const [finding] = await found(
      article(
        'The mayor\'s lawyer, Dana Quill, said Berg was "looking for free publicity using plainly false claims."',
      ),
      rules,
    );
    expect(finding).toMatchObject({
      content: ['Berg was "looking for free publicity using plainly false claims.'],
      source: "lawyer",
    });
  });

  it("takes everything the one urged is said to do", async () => {
    const [finding] = await found(
      article("Mayor Ortiz urged the harbour council to approve the budget."),
      rules,
    );
    expect(finding).toMatchObject({
      content: ["the harbour council to approve the budget"],
      source: "Ortiz",
    });
  });

  it("takes the clause before a speech verb the parser hung on it", async () => {
    const [finding] = await found(
      article(
        '"Boats in the water" would be appropriate, harbour candidate Lena Ortiz said after the storm.',
      ),
      rules,
    );
    expect(finding).toMatchObject({
      content: ['"Boats in the water" would be appropriate'],
      source: "Ortiz",
    });
  });

  it("takes a quotation opened in the clause to its end, past the sentence", async () => {
    const [finding] = await found(
      article('Mayor Ortiz said that the harbour plan "fails everyone. It must go before the summer."'),
      rules,
    );
    expect(finding).toMatchObject({
      content: ['that the harbour plan "fails everyone. It must go before the summer.'],
      source: "Ortiz",
    });
  });

  it("takes a second clause joined by but that", async () => {
    const [finding] = await found(
      article(
        "Mayor Ortiz says many doubted her in Koval but that she and her staff never doubted each other.",
      ),
      rules,
    );
    expect(finding).toMatchObject({
      content: ["many doubted her in Koval but that she and her staff never doubted each other"],
      source: "Ortiz",
    });
  });

  it("takes the clause of a cue verb with words between subject and verb", async () => {
    const [finding] = await found(article("Trump on Friday said he would win the state easily."), rules);
    expect(finding).toMatchObject({
      content: ["he would win the state easily"],
      source: "Trump",
      direct: false,
    });
  });

  it("takes a subject with an apposition", async () => {
    const [finding] = await found(
      article("Mike Shields, the group's president, said it had raised $5 million."),
      rules,
    );
    expect(finding).toMatchObject({ content: ["it had raised $5 million"], source: "Shields" });
  });

  it("takes the clause after the verb when the parse also hangs the opening phrase on it", async () => {
    const [finding] = await found(
      article(
        "Like other golf club owners who foresee an upside in expanding their offerings, Mr. Berg said he was building a new clubhouse.",
      ),
      rules,
    );
    expect(finding).toMatchObject({ content: ["he was building a new clubhouse"], source: "Berg" });
  });

  it("takes the clause before an attribution that follows it", async () => {
    const [finding] = await found(article("The economy is strong, the treasurer said on Monday."), rules);
    expect(finding).toMatchObject({ content: ["The economy is strong"], source: "treasurer" });
  });

  it("keeps a partly quoted clause whole", async () => {
    const [finding] = await found(
      article('Mr. Kaine said the plan was "a total disaster" for the state.'),
      rules,
    );
    expect(finding).toMatchObject({
      content: ['the plan was "a total disaster" for the state'],
      source: "Kaine",
    });
  });

  it("reads what a pledge commits to", async () => {
    const [finding] = await found(article("The governor promised to cut property taxes next year."), rules);
    expect(finding).toMatchObject({ content: ["to cut property taxes next year"], source: "governor" });
  });

  it("reads what a refusal refuses", async () => {
    const [finding] = await found(article("The council refused to approve the harbour budget."), rules);
    expect(finding).toMatchObject({ content: ["to approve the harbour budget"], source: "council" });
  });

  it("ignores cue verbs inside a quotation", async () => {
    expect(await found(article('"I think we can win," she said.'), rules)).toEqual([]);
  });
});

describe("attribution-aside", () => {
  const rules = [attributionAside];

  it("takes the words around an attribution set inside the sentence as two parts", async () => {
    expect(
      await found(article("The new bridge, the mayor said, will open before the winter storms."), rules),
    ).toEqual([
      {
        rule: "attribution-aside",
        content: ["The new bridge", "will open before the winter storms"],
        source: "mayor",
        direct: false,
      },
    ]);
  });

  it("takes what a news outlet reported or an office confirmed, set off after the words", async () => {
    const text = article(
      "The harbour master was headed to Brask for a conference, the Coastal Herald reported.",
      "Two ferries will stop running in March, the port authority confirmed.",
    );
    expect((await found(text, rules)).map(({ content, source }) => ({ content, source }))).toEqual([
      { content: ["The harbour master was headed to Brask for a conference"], source: "Herald" },
      { content: ["Two ferries will stop running in March"], source: "authority" },
    ]);
  });

  it("takes both parts when the parser makes the clause after the aside its verb's complement", async () => {
    const text = article("If the harbour floods again, Ortiz said, the council must rebuild the dock.");
    expect(await found(text, rules)).toMatchObject([
      { content: ["If the harbour floods again", "the council must rebuild the dock"], source: "Ortiz" },
    ]);
  });

  it("takes a whole long sentence before a closing attribution, however it parses", async () => {
    const sentence =
      "Harbour fees have a different set of costs to consider when it comes to charging ships -- fuel, " +
      "pilots, berths -- which makes the price go up faster than inflation";
    const [finding] = await found(article(`${sentence}, Varga said.`), rules);
    expect(finding).toMatchObject({ content: [sentence], source: "Varga" });
  });

  it("takes an inverted attribution whose speaker has an apposition and a clause of its own", async () => {
    const [finding] = await found(
      article(
        "The harbour will reopen on Friday, said Dana Quill, the port's director, who oversees the repairs.",
      ),
      rules,
    );
    expect(finding).toMatchObject({ content: ["The harbour will reopen on Friday"], source: "Quill" });
  });

  it("finds nothing where the verb has words of its own, is a participle, or is no speech", async () => {
    for (const sentence of [
      "Speaking on the radio on Monday, Mayor Ortiz said the port would reopen in May.",
      "The council approved the harbour plan, saying it would help the fishermen.",
      "Costs rose all year, but the borrowing continued.",
      "Dana Quill, who wrote the harbour report, has left the council.",
    ])
      expect(await found(article(sentence), rules)).toEqual([]);
  });

  it("leaves a quotation before the attribution to the quotation rules", async () => {
    expect(await found(article('"The plan is fair," Varga said on Monday.'), rules)).toEqual([]);
  });

  it("is one attribution with the clause rule's reading of the same verb", async () => {
    const results = await found(
      article(
        "Nobody was hurt, but two dock workers were treated for burns, a spokesperson for the port said.",
      ),
    );
    expect(results).toMatchObject([
      { content: ["Nobody was hurt, but two dock workers were treated for burns"], source: "spokesperson" },
    ]);
  });
});

describe("signed-quotation", () => {
  it("attributes a quotation signed with a dash and a name, on lines without a full stop", async () => {
    const text = article(
      "“The new ferry schedule is a disgrace. We waited two hours in the rain.” ― Ana Ruiz",
      "“Maybe the council should ride the ferry once.”\u00a0— Tomas Berg, a fisherman from Koval",
    );
    expect(await found(text)).toEqual([
      {
        rule: "signed-quotation",
        content: ["The new ferry schedule is a disgrace. We waited two hours in the rain."],
        source: "Ruiz",
        direct: true,
      },
      {
        rule: "signed-quotation",
        content: ["Maybe the council should ride the ferry once."],
        source: "Berg",
        direct: true,
      },
    ]);
  });

  it("reads no signature in a dash followed by anything but a name", async () => {
    const text = article("The mayor called the plan “a disgrace” — a word the council did not like.");
    expect(await found(text, [signedQuotation])).toEqual([]);
  });
});

describe("cue-then-clause", () => {
  it("reads what a verb of thought is followed by when it is a clause with a tense, the parse aside", async () => {
    const text = article(
      "Koval Gov. Tomas Berg hopes his latest celebrity endorsement before the harbour vote will give him the boost needed for a strong result Tuesday.",
      "The mayor knows the harbour well.",
    );
    expect(await found(text, [cueThenClause])).toEqual([
      {
        rule: "cue-then-clause",
        content: [
          "his latest celebrity endorsement before the harbour vote will give him the boost needed for a strong result Tuesday",
        ],
        source: "Berg",
        direct: false,
      },
    ]);
  });
});

describe("in-findings", () => {
  it("attributes the rest of a sentence opened by in and a poll to the poll", async () => {
    const [finding] = await found(
      article("In a Harbour Courier poll released Monday, Mayor Ortiz had a 10-point lead over Berg."),
      [inFindings],
    );
    expect(finding).toMatchObject({
      content: ["Mayor Ortiz had a 10-point lead over Berg"],
      source: "poll",
    });
  });

  it("finds nothing after in and a place, or after a poll inside the sentence", async () => {
    const findings = await found(
      article(
        "In Brenmouth, the mayor has a lead of ten points.",
        "Ortiz has a lead in the poll, and Berg trails her in the survey.",
      ),
      [inFindings],
    );
    expect(findings).toEqual([]);
  });
});

describe("according-to", () => {
  it("attributes the clause to the object of according to", async () => {
    const [finding] = await found(
      article("According to an analysis by The Post, the plan would cost $5 billion."),
      [accordingTo],
    );
    expect(finding).toMatchObject({ content: ["the plan would cost $5 billion"], source: "analysis" });
  });

  it("leaves a sentence's opening conjunction and the phrase itself out of what was said", async () => {
    const [finding] = await found(
      article("But according to the city's own audit, the bridge will cost twice as much."),
      [accordingTo],
    );
    expect(finding).toMatchObject({ content: ["the bridge will cost twice as much"], source: "audit" });
  });

  it("ends an opening source at its comma when the parser hangs the whole sentence on it", async () => {
    const [finding] = await found(
      article(
        "According to early figures from surveys conducted for the Harbour Herald and television networks by Nordic Polling, most primary voters in each county feel down on the way the city hall is working.",
      ),
      [accordingTo],
    );
    expect(finding).toMatchObject({
      content: ["most primary voters in each county feel down on the way the city hall is working"],
      source: "figures",
    });
  });

  it("takes the whole sentence before a closing according-to phrase", async () => {
    const [finding] = await found(
      article("Voters without a diploma made up just 28 percent of the turnout, according to exit polls."),
      [accordingTo],
    );
    expect(finding).toMatchObject({
      content: ["Voters without a diploma made up just 28 percent of the turnout"],
      source: "polls",
    });
  });
});

describe("cue-noun-clause", () => {
  it("attributes the clause of a cue noun to its possessor", async () => {
    const [finding] = await found(
      article("Senator Dorn's claim that the election was rigged drew criticism."),
      [cueNounClause],
    );
    expect(finding).toMatchObject({ content: ["that the election was rigged"], source: "Dorn" });
  });
});

describe("cue-adjective-clause", () => {
  it("takes the clause of an adjective of belief, from its subject", async () => {
    const [finding] = await found(
      article("The union leaders remain confident that they can keep their members in the fold."),
      [cueAdjectiveClause],
    );
    expect(finding).toMatchObject({
      rule: "cue-adjective-clause",
      content: ["that they can keep their members in the fold"],
      source: "leaders",
    });
  });

  it("takes no adjective that is not one of belief or feeling", async () => {
    expect(
      await found(article("The union leaders remain certain to lose, and it is likely that they will."), [
        cueAdjectiveClause,
      ]),
    ).toEqual([]);
  });
});

describe("verb-object", () => {
  it("takes what the source is accused of with the one accused", async () => {
    const [finding] = await found(
      article('The book accuses Ortiz of treating the dock workers like "hired guards."'),
      [verbObject],
    );
    expect(finding).toMatchObject({
      content: ['Ortiz of treating the dock workers like "hired guards.'],
      source: "book",
    });
  });

  it("gives a participle's stance to the noun it describes, and reads what a speaker refers to", async () => {
    const text = article(
      "Donors gave $2 million to a group backing former Koval mayor Dana Quill.",
      '"They left us alone," Berg said, referring to the harbour council.',
    );
    const findings = await found(text, [verbObject]);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ content: ["former Koval mayor Dana Quill"], source: "group" }),
        expect.objectContaining({ content: ["the harbour council"], source: "Berg" }),
      ]),
    );
  });

  it("takes what a stance verb's object names", async () => {
    const [finding] = await found(article("Clinton praised the new trade agreement."), [verbObject]);
    expect(finding).toMatchObject({ content: ["the new trade agreement"], source: "Clinton" });
  });

  it("takes what a verb of support names, though it is no speech verb", async () => {
    const [finding] = await found(article("The mayor endorsed Dana Whitfield for governor."), [verbObject]);
    expect(finding).toMatchObject({ source: "mayor" });
    expect(finding.content[0]).toContain("Dana Whitfield");
  });

  it("takes what a survey shows", async () => {
    const [finding] = await found(article("A new survey showed a narrow lead for the incumbent."), [
      verbObject,
    ]);
    expect(finding).toMatchObject({ content: ["a narrow lead for the incumbent"], source: "survey" });
  });

  it("takes what the verb says of its object after it, but not when it happened", async () => {
    const text = article(
      "The mayor blamed the port authority for the flooding on Monday.",
      "Berg defended the council against charges of waste.",
      "Admiral Ortiz refers to the islands as fortresses.",
    );
    expect((await found(text, [verbObject])).map(({ content, source }) => ({ content, source }))).toEqual([
      { content: ["the port authority for the flooding"], source: "mayor" },
      { content: ["the council against charges of waste"], source: "Berg" },
      { content: ["the islands as fortresses"], source: "Ortiz" },
    ]);
  });

  it("takes the rest of a list of objects, and how the object is said to stand", async () => {
    const text = article(
      "In debate after debate, Mr. Dorn questioned Mr. Vale's tactics, his judgment, his worldview and his decency.",
      "A poll last month showed Mr. Vale leading Mr. Orr nationally, 45 percent to 18 percent, among older voters.",
    );
    const contents = (await found(text, [verbObject])).map(({ content }) => content[0]);
    expect(contents).toEqual([
      "Mr. Vale's tactics, his judgment, his worldview and his decency",
      "Mr. Vale leading Mr. Orr nationally, 45 percent to 18 percent, among older voters",
    ]);
  });

  it("takes an object a date names, but not a date alone", async () => {
    const text = article(
      "Ortiz called November's harbour vote a test of the town's nerve.",
      "The mayor spoke on Tuesday.",
    );
    const findings = await found(text, [verbObject]);
    expect(findings.map(({ content, source }) => ({ content, source }))).toEqual([
      { content: ["November's harbour vote a test of the town's nerve"], source: "Ortiz" },
    ]);
  });

  it("takes a prepositional object", async () => {
    const [finding] = await found(article("Sanders voted for the spending bill."), [verbObject]);
    expect(finding).toMatchObject({ content: ["the spending bill"], source: "Sanders" });
  });
});

describe("headline", () => {
  const headlineOf = (title: string) => `${title}\n\nThe harbour board met on Monday.`;

  it("attributes what follows a speech verb in title case to the words before it", async () => {
    expect(await found(headlineOf("Harbour Board Says Ferry Fares Will Rise"), [headline])).toEqual([
      { rule: "headline", content: ["Ferry Fares Will Rise"], source: "Board", direct: false },
    ]);
  });

  it("attributes what follows a colon to a short name before it, but not to a label", async () => {
    const [finding] = await found(headlineOf("Poll: Marsk Leads Race for Mayor"), [headline]);
    expect(finding).toMatchObject({ content: ["Marsk Leads Race for Mayor"], source: "Poll" });
    expect(await found(headlineOf("EXCLUSIVE: Inside the Harbour Deal"), [headline])).toEqual([]);
  });

  it("reads the headline after a label and its colon", async () => {
    const [finding] = await found(headlineOf("The Latest: Mayor Ortiz Says Ferry Fares Will Rise"), [
      headline,
    ]);
    expect(finding).toMatchObject({ content: ["Ferry Fares Will Rise"], source: "Ortiz" });
  });

  it("reads only headlines", async () => {
    expect(await found(article("Harbour board says ferry fares will rise."), [headline])).toEqual([]);
  });
});

describe("transcript-turn", () => {
  it("attributes a paragraph that opens with a name and a colon", async () => {
    const [finding] = await found(article("DORN: We will build the bridge and we will pay for it."), [
      transcriptTurn,
    ]);
    expect(finding).toMatchObject({
      content: ["We will build the bridge and we will pay for it."],
      source: "DORN",
    });
  });
});

describe("quotation-continues and the rules together", () => {
  it("joins a quotation that goes on in the next paragraph to the one before", async () => {
    const text = article(
      '"We will rebuild the port," Governor Lena Ortiz said.',
      '"And we will do it this year."',
    );
    const results = await found(text);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      content: ["We will rebuild the port,", "And we will do it this year."],
      source: "Ortiz",
    });
  });

  it("takes the whole clause when the quotation beside the cue is only part of what was said", async () => {
    const text = article(
      'Mayor Ortiz said her rival was unfit for the office because "the harbour deserves better."',
    );
    expect(await found(text)).toMatchObject([
      {
        rule: "reported-clause",
        content: ['her rival was unfit for the office because "the harbour deserves better.'],
        source: "Ortiz",
      },
    ]);
  });

  it("gives a quotation no cue whose verb says something else in words of its own", async () => {
    const text = article(
      "Yet the coverage was merciless: The Harbour Post said Mayor Ortiz had been ''rocked'' by Mr. Berg. ''Choke!'' blared the front page of The Harbour Herald.",
    );
    const results = await found(text);
    expect(results).toMatchObject([
      { rule: "reported-clause", content: ["Mayor Ortiz had been ''rocked'' by Mr. Berg"], source: "Post" },
    ]);
    expect(results.some((finding) => finding.content.includes("Choke!"))).toBe(false);
  });

  it("makes no second statement of an attribution inside what someone said", async () => {
    const text = article("Mayor Ortiz said the council believes the harbour fees are too high.");
    expect(await found(text)).toMatchObject([
      {
        rule: "reported-clause",
        content: ["the council believes the harbour fees are too high"],
        source: "Ortiz",
      },
    ]);
  });

  it("finds a quotation with no cue of its own as a continuation", async () => {
    const results = await found(article('"And we will do it this year."'), [quotationContinues]);
    expect(results).toEqual([
      {
        rule: "quotation-continues",
        content: ["And we will do it this year."],
        source: "(previous quotation)",
        direct: true,
      },
    ]);
  });

  it("finds no statement on a byline or an editor's note", async () => {
    const text = article(
      "By Anna Brock and Lev Ortiz | Harbour Post",
      "Editor's note: This story said the council voted on Monday.",
    );
    expect(await found(text)).toEqual([]);
  });

  it("reads a paragraph that opens with by as a sentence, not a byline", async () => {
    const text = article("By Friday morning, Mayor Ortiz said the harbour would reopen.");
    expect(await found(text)).toMatchObject([{ content: ["the harbour would reopen"], source: "Ortiz" }]);
  });
});
