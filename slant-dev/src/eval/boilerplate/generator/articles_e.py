from articles_a import art

art("train-reopening", "Coastal railway reopens eighteen months after landslide",
    "",
    ["Trains returned to the coastal line between Hallby and Porto Seren on Monday for the first time since a landslide swept away a section of track eighteen months ago.",
     "The repair, which included a new 300-metre retaining wall and drainage under the cliff, cost about 22 million and took longer than planned because of two further slips last winter.",
     "\"For a year and a half our only link to the city was a replacement bus that took twice as long,\" said Giulia Ferro, who commutes to Hallby. \"Today feels like getting our town back.\"",
     "The rail operator said services would run hourly at first and every half hour from the summer timetable, once driver training on the new signalling is complete."],
    [("The first train crosses the rebuilt section", "Photo: Coastal Rail")], author="Chiara Donati", topic="Transport")

art("port-strike", "Dockworkers extend strike as talks fail",
    "",
    ["Dockworkers at the port of Halden extended their strike for a second week on Friday after talks with terminal operators ended without agreement.",
     "The union says automation of two container terminals will cost up to 400 jobs over five years and wants guarantees of retraining and redeployment. The operators say no compulsory redundancies are planned.",
     "\"A promise in a press release is not a promise in a contract,\" said union organiser Sven Dahl.",
     "Shipping lines have begun diverting vessels to neighbouring ports. Exporters of timber and paper, who depend on Halden, warned of mounting costs."],
    [], author="Jonas Keller", topic="Business")

art("livestock-vaccine", "Vets begin vaccinating cattle against bluetongue as virus spreads north",
    "",
    ["Vets began vaccinating cattle and sheep against bluetongue disease in the southern provinces on Monday after the virus, spread by biting midges, was confirmed on 37 farms since August.",
     "The disease does not affect humans or food safety, but it can kill sheep and reduce milk yields in cows. Farms with confirmed cases face restrictions on moving animals.",
     "\"Vaccination is the only tool that really works against a virus carried by insects,\" said the chief veterinary officer, Dr Helga Moen. \"The sooner farmers take it up, the sooner we can lift the movement restrictions.\"",
     "The government will pay for the vaccine for the first six months; farmers pay for the vet's visit."],
    [], author="Eszter Nagy", topic="Agriculture")
