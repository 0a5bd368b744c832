import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/corpus/quotes.js";
import { FUNCTION_WORDS } from "../../src/corpus/words.js";
import { wordTexts } from "./arbitraries.js";

/** Speaker and role of each quote of an article given as paragraphs. */
function speakers(paragraphs: string[]): Array<[string | null, string | null]> {
  return extractQuotes(paragraphs).map((q) => [q.speaker, q.role]);
}

describe("pronoun speakers", () => {
  it("a she after a man's words goes to the woman named just before, whose given name fits", () => {
    const paragraphs = [
      "Mary Quell wanted a change after her surgery.",
      "Quell's son, the filmmaker Tom Ander, remembers it as a trying time. \u201cIt was hard for all of us,\u201d he said.",
      "The actress was not itching to do something else. \u201cI had been somebody who liked music,\u201d she said.",
    ];
    expect(speakers(paragraphs).map(([s]) => s)).toEqual(["Tom Ander", "Mary Quell"]);
  });

  it("a he stays with the person a list of given names calls a she when no one else fits", () => {
    const paragraphs = [
      "Frances Ander reached the semifinal on Tuesday.",
      "The crowd cheered him on. \u201cI love this place,\u201d he said.",
    ];
    expect(speakers(paragraphs).map(([s]) => s)).toEqual(["Frances Ander"]);
  });

  it("a he after a paragraph whose subject is someone else goes to that subject", () => {
    expect(
      speakers([
        "Nancy Pelosi said on Thursday she would step down. “I will not seek reelection to leadership,” Pelosi said.",
        "Former President Barack Obama also praised Pelosi in a post on Twitter.",
        "“She will go down as one of the most accomplished legislators in history,” he wrote.",
      ]),
    ).toEqual([
      ["Nancy Pelosi", null],
      ["Barack Obama", "Former President"],
    ]);
  });
});

describe("a paper that cites the writer", () => {
  it("a quote after a sentence whose writer a paper is cited for is the writer's, not the paper's", () => {
    expect(
      speakers([
        "Intro.",
        '"This is the only mission this year," Hamish Quux wrote in a post, according to the Daily Planet. "A weather window has just opened up and we are going to attempt a dive tomorrow."',
      ]),
    ).toEqual([
      ["Hamish Quux", null],
      ["Hamish Quux", null],
    ]);
  });
});

describe("a participle after a comma reports its sentence's subject", () => {
  it.each([
    [
      "the name that opens the sentence",
      "Dana Quux made a much-discussed ad during the campaign, saying: \u201cIn our nation's history there has never been a bigger threat.\u201d",
      "Dana Quux",
    ],
    [
      "the speaker after an earlier verb of saying",
      "The winner has yet to come forward, said Carla Quux, a spokesperson for the lottery, adding, \u201cSomebody is holding on to a very important piece of paper.\u201d",
      "Carla Quux",
    ],
    [
      "no one when the first name stands far into the sentence",
      "On Monday, Quux accused fellow grandmaster Hans Zed of cheating, saying that his rival\u2019s \u201cover the board progress has been unusual.\u201d",
      null,
    ],
    [
      "no one after a verb whose name is who heard it",
      "One passenger, a college student on her way home for winter break, told CNN the turbulence escalated suddenly, adding that it \u201cfelt like free-falling in the dark for a minute.\u201d",
      null,
    ],
  ])("%s", (_, paragraph, speaker) => {
    expect(speakers(["Intro.", paragraph]).map(([s]) => s)).toEqual([speaker]);
  });
});

describe("a role written once and named again", () => {
  it("a later the doctor is the role as first written, without its verb of saying", () => {
    expect(
      speakers([
        "A doctor on the scene told the agency that he tried to save one of the wounded, but failed.",
        "\u201cIt is a shame to see a comrade die in this way before your eyes,\u201d the doctor said.",
      ]),
    ).toEqual([["A doctor on the scene", null]]);
  });
});

describe("the words around the speaker's name", () => {
  it.each([
    [
      "a possessive name and the capitalised words after it are one organisation",
      "The Quill\u2019s Daily said the move was \u201ca blatant provocation that must be answered firmly.\u201d",
      "Quill\u2019s Daily",
    ],
    [
      "a participle's clause after a company's spokesperson",
      "\u201cWe are cooperating with the inquiry,\u201d said a Quillbank spokesperson when contacted by reporters.",
      "a Quillbank spokesperson",
    ],
    [
      "a relative clause after a role",
      "A White House security official, who spoke anonymously to the Jan. 6 Committee, said the crowd had turned from \u201ca normal, democratic public event\u201d into a threat.",
      "a White House security official",
    ],
    [
      "adverbs before an inverted verb of saying: the name after it spoke",
      "Lately though, said The Quillbank Times, the gains had begun to seem \u201cboth less expansive and less secure\u201d than before.",
      "the Quillbank Times",
    ],
    [
      "an infinitive before an inverted verb of saying: the name after it spoke",
      "Only shotguns are sold, and they take \u201cstrenuous effort and lots of patience\u201d to get hold of, said QNN.",
      "QNN",
    ],
    [
      "a phrase ending in a lower-case adjective: the verb of saying was a noun",
      "The agency released two highly critical reports that depicted \u201ctechnical challenges, cost increases and schedule delays\u201d in the program.",
      null,
    ],
    [
      "a day after an unnamed official",
      "But a senior administration official on Thursday noted that \u201cno one could be prosecuted at this point.\u201d",
      "a senior administration official",
    ],
    [
      "a sentence opening with a link word and a day is no organisation a later mention finds",
      [
        "As of Saturday afternoon, the lava was 2.5 miles from the highway, according to an alert from the observatory.",
        "\u201cThere are many variables at play and the timing of flow advances is expected to change,\u201d wrote the agency in its update.",
      ],
      "the agency in its update",
    ],
  ])("%s", (_, paragraph, speaker) => {
    const paragraphs = typeof paragraph === "string" ? ["Intro.", paragraph] : paragraph;
    expect(speakers(paragraphs)).toEqual([[speaker, null]]);
  });
});

describe("a thing that says", () => {
  it("a banner's relative pronoun before the verb is no speaker", () => {
    expect(
      speakers([
        "Intro.",
        'In 1991, Quux unfurled a banner in the square to remember the victims, which said, "To those who died for democracy in China and elsewhere."',
      ]),
    ).toEqual([[null, null]]);
  });
});

describe("who a he is: not a place, not a name inside an opening clause", () => {
  const quote = "“I accept the result as it should be,” he said after the match.";
  const names = "Zed Quux and Baz Other ran. Ann Briggs, a voter, watched them.";
  it.each([
    [
      "a he after a sentence about a stadium goes to the person, not the stadium",
      "Zed Quux reached the semifinals on Wednesday.",
      "The crowd at Arthur Ashe Stadium delighted in the play of Quux, who won in straight sets.",
      "Zed Quux",
    ],
    [
      "a name ending in a common noun is a person when the article shortens it",
      "Zed Quux reached the semifinals on Wednesday.",
      "Ben Truss arrived at noon. Truss met the committee for an hour.",
      "Ben Truss",
    ],
    [
      "a name inside the opening clause is not the subject; the name after it is",
      names,
      "Shortly after Zed Quux claimed victory, rival Baz Other gave a speech saying he accepted it.",
      "Baz Other",
    ],
    [
      "with no name after the clause, the clause's name is the subject",
      names,
      "When Zed Quux arrived at the hall, the crowd stood up and cheered for a long time.",
      "Zed Quux",
    ],
  ])("%s", (_, first, second, speaker) => {
    expect(speakers([first, second, quote])).toEqual([[speaker, null]]);
  });
});

describe("role mentions", () => {
  it("the governor is the person introduced with that title, described as governor", () => {
    expect(
      speakers([
        "Gov. Tate Reeves declared an emergency on Monday after the treatment plant failed.",
        "Residents queued for bottled water across the city.",
        "“We will not leave anyone without water this week,” the governor said.",
      ]),
    ).toEqual([["Tate Reeves", "governor"]]);
  });

  it("a place before a party noun picks the member from that place", () => {
    expect(
      speakers([
        "Rep. Kevin McCarthy of California met Senator Jane Ortiz, a Republican from Texas, on Friday.",
        "“We are going to hold this administration accountable for every dollar,” the California Republican said.",
      ]),
    ).toEqual([["Kevin McCarthy", "California Republican"]]);
  });

  it("a role WordNet knows but no one was given goes to the person the story is about", () => {
    expect(
      speakers([
        "After the defeat, an emotional Saeid Karimi asked fans for forgiveness.",
        "“I am really sorry on behalf of all our players,” the midfielder said.",
      ]),
    ).toEqual([["Saeid Karimi", "midfielder"]]);
  });

  it("a title with its own place does not go to someone with the same title elsewhere", () => {
    expect(
      speakers([
        "Prince Harry arrived with his wife Meghan, the Duchess of Sussex, and their children.",
        "Sarah Ferguson attended the funeral. The Duchess of York has stayed close to the family.",
        "“I will always be grateful to her for her kindness,” the Duchess of York added.",
      ]),
    ).toEqual([["Sarah Ferguson", "Duchess of York"]]);
  });

  it("the role comes before the name after the verb: the name spoke", () => {
    expect(
      speakers([
        "“At this height, very little can live at all,” said The Times’s science editor, Tom Whipple.",
      ]),
    ).toEqual([["Tom Whipple", "The Times’s science editor"]]);
  });

  it("a name written family name first is its first word alone later", () => {
    const [quote, ...rest] = extractQuotes([
      "Singapore (CNN) Chinese Defense Minister Wei Fenghe on Sunday accused the United States of bullying.",
      "“Taiwan is first and foremost China's Taiwan,” Wei told the Shangri-La Dialogue.",
    ]);
    expect([quote?.speaker, quote?.role, rest.length]).toEqual([
      "Wei Fenghe",
      "Chinese Defense Minister",
      0,
    ]);
  });

  it("a lone surname with a person appositive is a person roles can find", () => {
    expect(
      speakers([
        "In an interview, Kinzinger, the other Republican on the committee, spoke about the vote.",
        "“Maybe there was not going to be a wave of people,” said the Illinois Republican.",
      ]),
    ).toEqual([["Kinzinger", "Illinois Republican"]]);
  });
});

describe("organisation mentions", () => {
  it("the agency is the organisation named earlier with its acronym", () => {
    expect(
      speakers([
        "The Centers for Disease Control and Prevention (CDC) raised its alert level on Tuesday.",
        "“Travellers should take extra precautions in the affected regions,” the agency said.",
        "“Cases are rising in several states at once,” the CDC said.",
      ]),
    ).toEqual([
      ["Centers for Disease Control and Prevention (CDC)", "agency"],
      ["Centers for Disease Control and Prevention (CDC)", null],
    ]);
  });

  it("the group is the organisation an appositive called a group", () => {
    expect(
      speakers([
        "The National Parents Union, an education policy advocacy group, praised the plan.",
        "“This will take some of the immediate burden away from families,” the group said.",
      ]),
    ).toEqual([["National Parents Union", "group"]]);
  });

  it("the news site is the outlet that spoke just before", () => {
    expect(
      speakers([
        "China banned the trade in wild animals in 2020, “to prevent the spread of disease”, added the Independent.",
        "“This has also led to a crackdown on viral eating videos,” added the news site.",
      ]),
    ).toEqual([
      ["Independent", null],
      ["Independent", "news site"],
    ]);
  });

  it("an unnamed document or group with no organisation before it stays as written", () => {
    expect(
      speakers([
        "Heavy rain flooded the lower town overnight.",
        "“Do not drink tap water until further notice,” the city said.",
        "“The committee did not receive the documents in time,” the committee statement said.",
      ]),
    ).toEqual([
      ["the city", null],
      ["the committee statement", null],
    ]);
  });
});

describe("speakers written after the verb", () => {
  it("a writer at an outlet is the writer, not the outlet", () => {
    expect(
      speakers([
        "The images are part of the “PR machine for toxic masculinity” wrote Brad Slager at conservative US blog Red State.",
      ]),
    ).toEqual([["Brad Slager", null]]);
  });

  it("a quote that follows ‘said X.’ in the same paragraph is X's", () => {
    expect(
      speakers([
        "It is a “momentous event”, said Pulse Ghana’s Evans Effah. “As the world watches, the country sets an example for others.”",
      ]),
    ).toEqual([["Evans Effah", null]]);
  });
});

describe("quotation marks that are not speech", () => {
  it("titles of works and names given to things get no speaker", () => {
    expect(
      speakers([
        "Lynn told the story in her song “Coal Miner’s Daughter of the Hills”, the singer said.",
        "Supporters call the president the “Trump of the Tropics in Brazil” at every rally, Silva said.",
        "The bill, dubbed the “parental rights in education act”, passed in March, the governor said.",
      ]),
    ).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it("a tweet's writer is its speaker, not the platform", () => {
    expect(
      speakers([
        "“We will keep fighting for every family in this state,” Jane Ortiz wrote on Twitter.",
      ]),
    ).toEqual([["Jane Ortiz", null]]);
  });

  it("a date before a surname is not part of the speaker", () => {
    expect(
      speakers([
        "Steve Diamond led the club for years. On 5 October Diamond tweeted that “we thought we could turn the tanker around”.",
      ]),
    ).toEqual([["Steve Diamond", null]]);
  });
});

describe("two names joined by a hyphen", () => {
  it("a race between two people names each of them, so a surname finds its own full name", () => {
    expect(
      speakers([
        "Voters had little to say about the Liz Cheney-Harriet Hageman race this week.",
        "“We are no longer going to tolerate representatives who don’t represent us,” Hageman said.",
        "“This primary election is over but now the real work begins,” Cheney said.",
      ]),
    ).toEqual([
      ["Harriet Hageman", null],
      ["Liz Cheney", null],
    ]);
  });

  it("a hyphen in the last word is one double-barrelled surname", () => {
    expect(
      speakers([
        "The team was bought by Carrie Walton-Penner and her family.",
        "“We are thrilled to be part of this community,” Walton-Penner said.",
      ]),
    ).toEqual([["Carrie Walton-Penner", null]]);
  });
});

describe("who a speaker is: the right person, named cleanly", () => {
  it.each<[string, string[], Array<[string | null, string | null]>]>([
    [
      "a father named with his son's surname is his own person: the son's role is not his",
      [
        "MUST WATCH Odile Varga on her comeback 02:10",
        "Odile Varga won the final on Sunday.",
        "Her father, Remy Varga, drove her to practice every morning.",
        "“I wanted to make him proud,” Varga said.",
      ],
      [["Odile Varga", null]],
    ],
    [
      "a title WordNet knows as a kind of person introduces the name that a he goes to",
      [
        "Dune County Sheriff Ramon Quillet said his office would look into the flights.",
        "“It was cruel and a violation of their rights,” he said.",
      ],
      [["Ramon Quillet", "Dune County Sheriff"]],
    ],
    [
      "a name written only as ‘X of Place’ is known, so a he after a clause about him is his",
      [
        "The young Lev Ostrov beat champion Ivo Marken of Norway in a long game.",
        "While Marken has accused Ostrov of cheating, he has shown no proof.",
        "“I cannot say more without permission from Ostrov,” he said on Monday.",
      ],
      [["Ivo Marken", null]],
    ],
    [
      "the company after a one-word name that reported speech is that organisation",
      [
        "Quillo said in a post on Thursday that some users may see the new button.",
        "“This is happening and it will be fine,” the company said.",
      ],
      [["Quillo", "company"]],
    ],
    [
      "a paragraph that opens with a quote after reported speech is the reporter's",
      [
        "Quillo said in its blog post that the test would start with a small group of users.",
        "“Like any new feature, we are testing it with a few people first to learn from them.”",
      ],
      [["Quillo", null]],
    ],
    [
      "a quote that names its own speaker is not given to the one who reported speech before",
      [
        "Mayor Dana Pell said the city would review its water plants.",
        "“The pressure fell below the required level during the outage,” a release from the city said.",
      ],
      [["a release from the city", null]],
    ],
  ])("%s", (_, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});

describe("the role of a person quoted through another", () => {
  it.each([
    [
      "X quoted Y as saying: the role is what follows the verb",
      "The state agency Qazpress quoted the regional governor, Omar Zhelkov, as saying: “No family will be left alone.”",
      ["Omar Zhelkov", "the regional governor"],
    ],
    [
      "X told Y, then Y speaks: the role is what follows the verb",
      "Miners told the union leader, Aibek Tursov, about the gas. “Nobody warned us about it,” Tursov said.",
      ["Aibek Tursov", "the union leader"],
    ],
  ])("%s", (_, paragraph, expected) => {
    expect(speakers([paragraph])).toEqual([expected]);
  });
});

describe("wrong speakers: names that describe, places, outlets, reported speech, fragments", () => {
  it.each<[string, string[], Array<[string | null, string | null]>]>([
    [
      "a name inside a descriptive phrase is no speaker: the person the story is about is",
      [
        "Maria Lopez will stop racing after this season. The 35-year-old, four-time Tour de France winner said “it is time to spend more years with my family.”",
      ],
      [["Maria Lopez", "35-year-old four-time Tour de France winner"]],
    ],
    [
      "a city and its state before an outlet are no speaker: the outlet is",
      [
        "Springfield, Illinois, news station WXYZ, citing court records, said the mayor “left the building before the vote was called.”",
      ],
      [["WXYZ", "news station"]],
    ],
    [
      "a role ending in a town and its region keeps the name before it",
      [
        "Amy Reed, a nurse from Leeds, England, said: “I was looking at the sky when the light appeared over the hills.”",
      ],
      [["Amy Reed", "a nurse from Leeds, England"]],
    ],
    [
      "said X on an outlet credits X",
      ["“We have never seen a season like this one,” said Tom Baker on Radio Five."],
      [["Tom Baker", null]],
    ],
    [
      "someone who told police that X “…” said it, not X",
      [
        "Police arrested Joe Carter on Friday after a crash on Main Street.",
        "The driver of the van told police that Carter “pulled him out and started shouting at him.”",
      ],
      [["the driver of the van", null]],
    ],
    [
      "a role no one was given is not the person named before another source spoke",
      [
        "Ian Paton and his brother grew the biggest pumpkin in the country this year.",
        "The saliva of a worm “may hold the key to plastic pollution”, reported the BBC. Researchers in Spain said they found the enzymes. One hour of “exposure to the drool of a worm”, added the broadcaster, degrades the plastic.",
      ],
      [
        ["the BBC", null],
        ["the broadcaster", null],
      ],
    ],
    [
      "a clause's fragment before a verb of saying is no speaker",
      [
        "And though the company this year announced a plan that promises “faster service at every one of its stores,” its sales fell.",
      ],
      [[null, null]],
    ],
  ])("%s", (_title, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});

describe("a speaker is a name or a noun phrase, whatever the words around the quote", () => {
  // Pieces of attribution sentences, "|" between them.
  const pieces =
    "though|the company|this year|announced|said|told police that|Ramsey|Jane Doe|who|which|in|a|the driver of the|Subaru|news station KNWA|Fayetteville|Arkansas|23-time Grand Slam champion|The 40-year-old|on Sky Sports|\u201cwe will not stop here now\u201d|\u201cthis is the hardest thing I could imagine,\u201d";
  const words = fc.constantFrom(...pieces.split("|"));
  const gaps = fc.constantFrom(" ", ", ", " -- ", ". ");
  const determiners = new Set(
    "the a an his her its their this that these those one another some many each every no".split(
      " ",
    ),
  );

  it("never opens with a lower-case function word other than a determiner", () => {
    fc.assert(
      fc.property(
        fc.array(wordTexts(words, gaps, 30), { minLength: 1, maxLength: 3 }),
        (paragraphs) => {
          for (const q of extractQuotes(paragraphs)) {
            const first = q.speaker?.split(/\s+/)[0] ?? "";
            expect(FUNCTION_WORDS.has(first) && !determiners.has(first)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
