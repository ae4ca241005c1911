from articles_a import art

art("factory-emissions", "Court orders chemical plant to cut emissions within two years",
    "Residents who brought the case called the ruling a victory; the company said it would study the judgment.",
    ["A regional court on Monday ordered the operator of the Kestrel Chemicals plant at Hollin to cut its emissions of nitrogen oxides by half within two years, upholding a complaint brought by residents of the surrounding villages.",
     "The court found that the environment agency had been wrong to renew the plant's permit in 2021 without requiring new filters, and that measurements taken by the residents' association showed the legal limits had been exceeded on 61 days last year.",
     "\"For years we were told that the smell was normal and that our children's asthma had nothing to do with it,\" said Beatrix Holm, who chairs the association. \"Today a judge looked at the numbers and said otherwise.\"",
     "Kestrel Chemicals said in a statement that it had \"always operated within the terms of its permit\" and would \"study the judgment carefully before deciding on next steps\". It can appeal within six weeks.",
     "The environment agency said it would review the permits of three similar plants in the light of the ruling.",
     "## A long dispute",
     "The case is the third brought by the association since 2016. The first two were dismissed on procedural grounds."],
    [], author="Jonas Keller", topic="Courts")

art("school-strike", "Teachers strike over pay as talks break down",
    "More than half of the country's secondary schools were closed or partly closed on Wednesday.",
    ["Teachers walked out of schools across the country on Wednesday in the first national strike over pay in eleven years, after talks between unions and the education ministry broke down late on Monday.",
     "The ministry said 54% of secondary schools were closed or partly closed. Primary schools were less affected, as one of the two primary teachers' unions did not join the action.",
     "## Key points",
     "* 54% of secondary schools closed or partly closed",
     "* Unions want 8% this year; the government offers 4.5% plus 2% next year",
     "* Two more strike days announced for next month",
     "The unions are asking for a rise of 8% this year to make up for inflation; the government has offered 4.5%, with a further 2% next year tied to changes in working hours.",
     "\"We have lost a fifth of our pay in real terms in a decade,\" said Andrea Kovač, general secretary of the largest union, at a rally outside parliament. \"Young teachers are leaving in their second and third year. This is not about us, it is about who will be standing in front of the classroom in five years.\"",
     "The education minister, Lars Hedlund, called the strike \"regrettable\" and said the government's offer was \"the most generous in fifteen years\". He said the talks could resume \"at any time\".",
     "Parents' associations said they supported the teachers' demands but worried about exams, which begin in six weeks. The unions have announced two more days of strikes next month."],
    [("Teachers at a rally outside parliament", "Photo: Ivan Petrov/Meridian")], author="Eszter Nagy", topic="Education")

art("regional-election", "Greens gain as governing party holds on in Vestmark",
    "",
    ["The governing Centre Party remained the largest group in the Vestmark regional assembly after Sunday's election, but lost six seats, while the Greens almost doubled their share of the vote.",
     "With all votes counted, the Centre Party won 31.2% and 28 of the 80 seats, down from 34. The Greens took 17.9% and 15 seats, their best result in the region. The Social Democrats were third with 16.4%.",
     "Turnout was 58%, two points lower than in the last election.",
     "The regional premier, Henrik Dahl, said he would seek to continue his coalition with the Liberals, though the two parties together are now one seat short of a majority. \"The voters have given us a clear mandate to govern, and a clear message about what they expect,\" he said.",
     "The Greens' lead candidate, Maja Sørensen, said her party was \"ready to talk to everyone\" but would insist on a date for closing the region's last coal power station.",
     "Analysts said the result reflected anger in the rural north over a plan to close small schools, which the Centre Party had supported."],
    [], author="Robert Lang", topic="Politics")

art("flood-warning", "Flood warnings issued as river Ael nears record level",
    "Residents of low-lying streets in Ostra have been told to move valuables upstairs.",
    ["The national weather service issued its highest level of flood warning for the lower Ael valley on Friday as heavy rain continued to fall on already saturated ground.",
     "The river at Ostra was 4.6 metres above its normal level on Friday afternoon and was expected to peak overnight at about 5.1 metres, close to the record set in 1994.",
     "Emergency services closed two bridges in the city and began distributing sandbags in the riverside district of Lowmarsh, where about 2,000 people live. The city council opened three schools as shelters.",
     "\"We are not asking people to leave their homes at this stage,\" said the city's emergency coordinator, Niels Brandt. \"We are asking them to move valuables and medicines upstairs, keep their phones charged and be ready to go if we call.\"",
     "## Advice for residents",
     "* Move valuables, documents and medicines upstairs",
     "* Keep your phone charged and follow the city's alerts",
     "* Do not walk or drive through flood water",
     "* Check on elderly neighbours",
     "Rail services between Ostra and the coast were suspended after water covered the line near Hallby.",
     "The weather service expects the rain to ease on Saturday morning, but said river levels downstream would keep rising until Sunday."],
    [("Sandbags outside houses in Lowmarsh on Friday", "Photo: Ostra Fire Service")], author="Lea Marin", topic="Weather")

art("startup-funding", "Battery recycling start-up raises 40 million",
    "The money will pay for a second plant and double the company's workforce.",
    ["Cellcycle, a start-up that recovers lithium, nickel and cobalt from used electric-car batteries, has raised 40 million in new funding, it said on Tuesday.",
     "The round was led by a climate fund run by a large pension manager, with existing investors also taking part. The company did not disclose its valuation.",
     "Founded four years ago by two former engineers at a battery maker, Cellcycle runs a pilot plant near the port of Halden that can process about 3,000 tonnes of batteries a year. It says its chemical process recovers more than 95% of the metals.",
     "\"The first wave of electric cars is coming to the end of its life, and those batteries are a mine on wheels,\" said the chief executive, Oskar Lund. \"Europe can either ship them abroad or recover the metals here.\"",
     "The company plans to build a second plant with ten times the capacity by 2027 and to grow its staff from 120 to about 250.",
     "European rules that come into force next year will require new batteries to contain a minimum share of recycled metals."],
    [], author="Priya Raman", topic="Business")

art("novel-review", "Review: 'The Salt Road' is a quiet novel that gets under your skin",
    "Irena Vos's second novel follows a family of salt-makers over three generations.",
    ["Nothing much happens in the first hundred pages of The Salt Road, and that is its strength. Irena Vos takes her time introducing the Kessler family, who have made salt on the same marshy coast for longer than anyone can remember, and she lets the rhythm of their work set the pace of the book.",
     "The story is told by three women: Anna, who marries into the family in 1921; her daughter Ruth, who wants nothing to do with the salt pans; and Ruth's daughter Lise, who comes back to them after her mother's death. Their voices are distinct without being showy, and Vos is very good at what the women do not say to one another.",
     "The middle section, set during the war, is the strongest. When soldiers requisition the family's house, the novel tightens into something close to a thriller, though Vos never lets the drama crowd out the small details of daily life.",
     "If the book has a weakness it is the final part, where Lise's return feels a little too neatly arranged, and a late revelation about her grandmother is signalled too early to surprise.",
     "But these are small complaints. The Salt Road is a patient, humane book about work, inheritance and the ways families keep their secrets. It deserves a wide readership."],
    [], author="Grace Adeyemi", topic="Books")

art("marathon", "Kenyan runner breaks course record at Ostra marathon",
    "",
    ["Ruth Chebet of Kenya broke the course record at the Ostra marathon on Sunday, finishing in 2 hours 21 minutes and 7 seconds in cool, still conditions.",
     "Chebet, 26, ran alone for the last twelve kilometres after pulling away from a group of four at the harbour. Her time was 48 seconds faster than the previous record, set in 2019.",
     "\"I felt good from the start, so I decided to try,\" she said after the race. \"The crowd on the bridge gave me energy for the last part.\"",
     "The men's race was much closer. Abebe Tadesse of Ethiopia won by two seconds in a sprint finish against the local favourite, Jon Eriksen, in 2:09:44.",
     "More than 14,000 runners started the race, a record for the event. The organisers said 31 people were treated for minor injuries and one runner was taken to hospital as a precaution."],
    [("Ruth Chebet crosses the finish line", "Photo: Ostra Marathon / Per Holm")], author="Tom Reilly", topic="Sport")

art("sleep-teens", "Later school start linked to longer sleep and better grades, study finds",
    "",
    ["Secondary school pupils whose lessons started at 9am instead of 8am slept on average 34 minutes longer a night and did slightly better in their exams, according to a study of 3,000 students published on Monday.",
     "Researchers at the University of Lisvik compared schools in the same region that had moved their start time with others that had not, over two school years. Students wore sleep trackers for two weeks at the start and end of the study.",
     "The effect on grades was modest, equivalent to about a tenth of a grade on average, but it was larger for the students who had slept least at the start.",
     "\"Teenagers' body clocks shift later in puberty. Asking them to be alert at eight in the morning is asking them to work at what feels like five or six,\" said Professor Elin Strand, who led the study. \"This is not about laziness.\"",
     "The researchers cautioned that schools chose whether to change their hours, so the two groups may differ in ways the study could not measure.",
     "The education ministry said it would consider the findings but that start times were a matter for each school."],
    [], author="Samuel Achebe", topic="Science")

art("four-day-week", "The four-day week works. The question is who gets it",
    "Trials show the benefits. They also show how easily the gains could go to the few.",
    ["When sixty companies tried a four-day week for six months last year, almost all of them kept it. Staff were less tired, fewer of them quit, and output, by the firms' own measures, held steady. It is hard to imagine a clearer result.",
     "And yet I am uneasy about how the idea is being sold. The firms in the trial were mostly offices: software, marketing, consultancy. Work that can be compressed, reorganised and measured by what it produces rather than the hours it takes.",
     "Try compressing a care home. A nurse's shift cannot be made more productive by cutting meetings, because a nurse's work is the hours: the patient needs someone there on Friday too.",
     "If we are not careful, the four-day week will become another perk of the well-paid, like working from home before it: a quiet gain for people who already have the most control over their time.",
     "That is not an argument against it. It is an argument for doing it properly: for public money to pay for the extra staff that shorter hours in care, transport and hospitals would need, and for treating time as a share of prosperity that everyone is owed.",
     "The trials have answered whether it can work. Politics now has to answer for whom."],
    [], author="Daniel Moss", topic="Opinion")
