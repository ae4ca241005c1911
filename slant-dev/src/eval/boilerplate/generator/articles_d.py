from articles_a import art

art("film-festival", "Quiet family drama takes top prize at Ostra film festival",
    "",
    ["A low-budget drama about three sisters caring for their dying father won the Golden Gull, the top prize of the Ostra International Film Festival, on Saturday night.",
     "'Winter Kitchen', the first feature by the director Tove Lindahl, was shot in nineteen days in her grandmother's house with a cast of mostly non-professional actors.",
     "\"I made this film with my family's money and my family's house, so this prize belongs to them,\" Lindahl said as she accepted the award.",
     "The jury, chaired by the actor Marco Bellini, praised the film's \"restraint and tenderness\". The best actress award went to Ida Rask, who plays the youngest sister.",
     "## The winners",
     "* Golden Gull: Winter Kitchen, directed by Tove Lindahl",
     "* Best director: Aksel Brun for The Ferry",
     "* Best actress: Ida Rask in Winter Kitchen",
     "* Best actor: Omar Said in Night Shift",
     "The festival said ticket sales were the highest in its 40-year history, with more than 90,000 admissions over ten days."],
    [], author="Lea Marin", topic="Film")

art("minimum-wage", "Government to raise minimum wage by 6% in April",
    "",
    ["The minimum wage will rise by 6% to 12.40 an hour in April, the labour ministry said on Tuesday, in line with the recommendation of the independent low pay commission.",
     "About 1.1 million workers, most of them in retail, hospitality and care, will get the rise. For a full-time worker it is worth about 1,400 a year before tax.",
     "Unions welcomed the increase but said it was not enough to make up for two years of high inflation. \"It is a step, not a solution,\" said the deputy head of the trade union federation, Paula Lind.",
     "* Adult rate: 12.40 an hour, up from 11.70",
     "* Rate for 18 to 20-year-olds: 10.20 an hour",
     "* Apprentice rate: 7.90 an hour",
     "Employers' groups warned that small businesses, especially in hospitality, would struggle with the extra cost. The federation of small businesses said some members would cut hours or delay hiring.",
     "The labour minister, Erik Sand, said the government had \"struck the right balance between fair pay and jobs\"."],
    [], author="Robert Lang", topic="Politics")

art("water-contamination", "Residents told to boil tap water after bacteria found in supply",
    "",
    ["About 12,000 households in the eastern districts of Hollin have been told to boil their tap water before drinking it after routine tests found E. coli bacteria in the supply, the water company said on Monday.",
     "The company said the contamination was probably caused by a cracked pipe at a reservoir that was being repaired. It has added extra chlorine to the network and is distributing bottled water at three points in the town.",
     "\"We expect the advice to stay in place for at least three days while we flush the system and take further samples,\" said the company's operations director, Karl Wendt.",
     "The local hospital said it had not seen an increase in stomach illness. Residents should boil water for drinking, cooking and brushing teeth, but can use it as normal for washing and showering."],
    [], author="Jonas Keller", topic="Local")

art("launch-delay", "Weather delays launch of climate satellite",
    "",
    ["The launch of a satellite designed to measure methane emissions from space has been postponed by at least 48 hours because of high winds at the launch site, the space agency said on Thursday.",
     "The satellite, called Sentinel-M, was due to lift off on Thursday evening. Engineers said upper-level winds exceeded the rocket's limits.",
     "Once in orbit, the satellite will map methane plumes from oil and gas sites, landfills and farms at a resolution of about 100 metres, fine enough to pinpoint individual leaks.",
     "\"Methane is the fastest way to slow warming in the short term, and you cannot cut what you cannot see,\" said the mission's chief scientist, Dr Ines Moreau.",
     "The next launch window opens on Saturday evening."],
    [("The Sentinel-M satellite during testing", "Photo: Space Agency")], author="Samuel Achebe", topic="Space")

art("chef-interview", "'A kitchen is a place of repetition': a conversation with chef Amara Diallo",
    "Her restaurant in an old tram depot has a two-month waiting list. She still washes up on Mondays.",
    ["Amara Diallo opened Depot five years ago in a former tram shed on the edge of the city. It has since become one of the hardest tables in the country to book. We met on a Monday, the day it is closed, while she was testing a new bread recipe.",
     "How did you start cooking?",
     "In my mother's kitchen, like everyone. She cooked for twelve people every day, and she did not have time to explain, so I learned by watching.",
     "What is the hardest thing about running a restaurant?",
     "Doing the same thing perfectly every night. People think cooking is creativity, but a kitchen is a place of repetition. The creativity is maybe five percent. The rest is getting the sauce right for the two hundredth time.",
     "Why do you still wash up on Mondays?",
     "Because it reminds me what the hardest job in the restaurant is. And because it is very calming.",
     "What is next?",
     "A bakery next door, if the bread works. Ask me again in a month."],
    [("Amara Diallo in the kitchen at Depot", "Photo: Chris Lund")], author="Nadia Haddad", topic="Food")

art("university-partnership", "Lisvik University and Halden Port Authority launch research partnership on green shipping",
    "",
    ["Lisvik University and the Halden Port Authority today announced a five-year research partnership to develop and test technologies that cut emissions from ships while they are in port.",
     "The partnership will fund six doctoral researchers and a test berth where shore power, battery-powered tugboats and new hull-cleaning methods can be trialled under real conditions.",
     "\"Ports are where shipping meets cities, and where cleaner technology can make the quickest difference to air quality,\" said Professor Mikael Ström, the university's vice-rector for research.",
     "\"We want Halden to be the place where these solutions are proven before they are rolled out elsewhere,\" said the port's chief executive, Johanna Berg.",
     "The partnership is funded with 6 million from the port authority and a matching grant from the national research council. The first projects will begin in January."],
    [], author="", topic="Press releases")

art("energy-prices", "Energy regulator cuts price cap as wholesale costs fall",
    "",
    ["The energy regulator will lower the cap on household energy bills by 7% from January, reflecting a fall in wholesale gas prices over the autumn, it said on Friday.",
     "A typical household will pay about 1,690 a year, down from 1,820. Bills remain about 40% higher than they were before the energy crisis.",
     "## What the new cap means",
     "* Typical bill down from 1,820 to 1,690 a year",
     "* Standing charges unchanged",
     "* The cap is reviewed again in April",
     "Consumer groups said the cut was welcome but warned that many households were still in debt to their suppliers after last winter. Energy debt has reached a record 3.1 billion, according to the regulator.",
     "\"Lower prices help, but they do not clear the debts people have built up,\" said Nora Fisk of the consumer council. She called for a scheme to write off part of the debt for the poorest households."],
    [], author="Robert Lang", topic="Energy")

art("protest-capital", "Tens of thousands march in capital against pension reform",
    "",
    ["Tens of thousands of people marched through the capital on Saturday to protest against the government's plan to raise the pension age from 65 to 67.",
     "Police estimated the crowd at 45,000; the unions that organised the march said 120,000. The protest was largely peaceful, though police said they had detained eleven people after clashes near the finance ministry at the end of the march.",
     "\"I have worked on building sites since I was seventeen. My back will not last until 67,\" said Piotr Wójcik, a 58-year-old bricklayer who had travelled from the north of the country.",
     "The prime minister said the reform was necessary to keep the pension system solvent as the population ages. \"We can argue about the details, but we cannot pretend the numbers are not there,\" she said on Friday.",
     "Parliament is due to vote on the reform next month. The unions have called a general strike for the day of the vote."],
    [("Protesters on the main boulevard on Saturday", "Photo: Marek Nowak/Meridian")], author="Ana Costa", topic="Politics")

art("bridge-collapse", "Inspectors had flagged cracks in bridge months before collapse",
    "",
    ["Engineers who inspected the Weir Street bridge in Hollin last spring reported cracks in two of its supporting beams and recommended repairs within a year, according to documents released by the city council on Wednesday.",
     "Part of the bridge collapsed on Sunday evening. Nobody was hurt, because police had closed the road an hour earlier after a passer-by reported a loud noise.",
     "The inspection report, dated April, rated the bridge's condition as \"poor\" and said the cracks should be \"monitored monthly pending repair\". The council said the repairs had been scheduled for next summer.",
     "\"We followed the engineers' advice on the timing,\" the council's director of infrastructure, Simon Ruud, said. \"Clearly, with hindsight, it should have been sooner.\"",
     "## Timeline",
     "* April: inspection rates the bridge \"poor\"",
     "* May: repairs scheduled for the following summer",
     "* Sunday, 6.40pm: road closed after a report of a loud noise",
     "* Sunday, 7.45pm: part of the bridge collapses",
     "The national transport authority has opened an investigation. The council said it would inspect all 23 of its bridges of a similar design within a month."],
    [("The collapsed section of the Weir Street bridge", "Photo: Hollin Fire Service")], author="Jonas Keller", topic="Local")

art("greve-transports", "Grève des transports : le trafic très perturbé jeudi à Lyonnais-sur-Rive",
    "La moitié des bus et un tramway sur trois circuleront, selon l'exploitant du réseau.",
    ["Le trafic des bus et des tramways sera très perturbé jeudi dans l'agglomération de Lyonnais-sur-Rive, où les syndicats de conducteurs appellent à la grève pour protester contre la réorganisation des horaires.",
     "Selon l'exploitant du réseau, seul un bus sur deux et un tramway sur trois circuleront aux heures de pointe. Le service de nuit sera supprimé.",
     "« Les nouveaux horaires allongent nos journées de près d'une heure sans aucune compensation », explique Karim Benali, délégué syndical. « Nous demandons simplement à être entendus. »",
     "La direction du réseau affirme de son côté que la réorganisation doit permettre d'augmenter la fréquence des lignes les plus fréquentées et qu'elle a été présentée aux représentants du personnel dès le mois de mai.",
     "Une nouvelle réunion de négociation est prévue lundi. Les usagers sont invités à consulter l'application du réseau avant tout déplacement."],
    [], lang="fr", author="Claire Dubois", topic="Transports")

art("stadtrat-schwimmbad", "Stadtrat beschließt Sanierung des Hallenbads",
    "Die Arbeiten sollen im Herbst beginnen und rund zwei Jahre dauern.",
    ["Der Stadtrat von Hallbach hat am Dienstagabend mit großer Mehrheit die Sanierung des städtischen Hallenbads beschlossen. Die Kosten werden auf 14 Millionen Euro geschätzt.",
     "Das Bad aus dem Jahr 1972 ist seit dem vergangenen Winter wegen Schäden am Dach geschlossen. Schulen und Vereine müssen seitdem in die Nachbarstädte ausweichen.",
     "„Ein Schwimmbad gehört zur Grundversorgung einer Stadt dieser Größe“, sagte Bürgermeisterin Petra Lang. „Jedes Kind soll hier schwimmen lernen können.“",
     "Die Opposition stimmte zwar zu, kritisierte aber die Finanzierung: Ein Teil der Kosten soll über neue Kredite gedeckt werden. Die Arbeiten sollen im Herbst beginnen und etwa zwei Jahre dauern."],
    [], lang="de", author="Jens Albrecht", topic="Lokales")

art("ola-de-calor", "La ola de calor dispara el consumo eléctrico en el sur",
    "",
    ["La ola de calor que afecta desde el lunes a las provincias del sur ha elevado el consumo de electricidad a niveles récord para el mes de julio, según el operador de la red.",
     "Las temperaturas superaron los 44 grados en varias ciudades el miércoles, y los servicios meteorológicos mantienen la alerta roja hasta el viernes.",
     "«Pedimos a la población que evite salir en las horas centrales del día y que se hidrate con frecuencia», señaló la portavoz de Protección Civil, Lucía Ortega.",
     "Los hospitales de la región han atendido a más de 200 personas por golpes de calor desde el inicio del episodio, la mayoría de ellas mayores de 70 años."],
    [], lang="es", author="Miguel Serrano", topic="Sociedad")

art("cycling-stage", "Breakaway rider holds on to win mountain stage",
    "",
    ["The Danish rider Mads Kjær won the ninth stage of the Tour of the Mountains on Thursday after a 150-kilometre breakaway, holding off the chasing favourites by eleven seconds at the summit finish.",
     "Kjær, 24, attacked from a group of six on the final climb, nine kilometres from the line, and rode alone to the top as the overall leaders watched one another behind him.",
     "\"I was suffering the whole climb, but every time I looked back the gap was still there,\" he said.",
     "The overall leader, Luca Ferri, finished in the group of favourites and keeps the yellow jersey with a lead of 38 seconds."],
    [("Mads Kjær on the final climb", "Photo: Tour of the Mountains")], author="Tom Reilly", topic="Cycling")

art("archaeology", "Roman shipwreck found off the coast with its cargo intact",
    "",
    ["Divers have found the wreck of a Roman merchant ship with hundreds of clay jars still stacked in its hold, about two kilometres off the coast near Porto Seren, the culture ministry said on Tuesday.",
     "The ship, about 20 metres long, lies at a depth of 45 metres. Archaeologists believe it sank in the first century AD while carrying wine or fish sauce from the south.",
     "\"Most wrecks of this age were looted or scattered long ago. To find a cargo in the position in which it was loaded is extremely rare,\" said the underwater archaeologist Dr Paola Greco.",
     "The site has been placed under police protection. The ministry plans to recover a small number of jars next summer and leave the rest in place."],
    [("Clay jars in the hold of the wreck", "Photo: Culture Ministry")], author="Chiara Donati", topic="History")

art("podcast-episode", "Episode 112: Why do cities flood?",
    "",
    ["This week, hydrologist Dr Ines Moreau explains why paved cities flood faster than countryside and what sponge parks can do about it."],
    [], author="", topic="Podcast")
