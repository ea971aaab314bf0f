"""The articles of Il Faro, 26 November 2026: original text for the print-only sample.

``make_paper.py`` sets them into the paper's PDF; ``edicola from-pdf`` reads them
back from it. The places and people are the sample editions' own (Porto
Lanterna, the T1 tram, the Società Nautica Lanterna): all invented.
"""

from __future__ import annotations

from edicola.testing.paper_set import Story

STORIES = [
    Story(
        id="tram",
        section="prima-pagina",
        kicker="Primo piano",
        title="Tram T1, 41 mila passeggeri nella prima settimana",
        standfirst="Il Comune: «Oltre le previsioni». Code alla fermata Stazione nelle ore di "
        "punta, da gennaio due convogli in più e una corsa ogni cinque minuti.",
        authors=["Anna Marchetti"],
        picture=2611,
        caption="Un convoglio della linea T1 alla fermata Lido Nord, lunedì mattina.",
        paragraphs=[
            "Quarantunomila passeggeri in sette giorni. È il primo bilancio della linea T1, "
            "il tram che da giovedì scorso collega la stazione centrale al Lido Nord passando "
            "per il centro storico e il porto. I dati, raccolti dai validatori installati su "
            "ogni convoglio, sono stati presentati ieri mattina in municipio dall'assessore "
            "alla mobilità Franco Orlandi, che non ha nascosto la soddisfazione: «Le nostre "
            "stime più ottimistiche parlavano di trentamila viaggi nella prima settimana. Ne "
            "abbiamo contati undicimila in più, e senza contare chi viaggia con "
            "l'abbonamento gratuito per gli under 14».",
            "Il giorno più affollato è stato sabato, con oltre settemila passeggeri, molti dei "
            "quali diretti al mercato di piazza Garibaldi e al lungomare. Nei giorni feriali "
            "il picco si registra tra le sette e mezza e le nove del mattino, quando il tram "
            "porta verso il centro studenti e lavoratori dei quartieri collinari che prima "
            "raggiungevano la stazione in autobus. Proprio alla fermata Stazione, nelle ore di "
            "punta, si sono formate code lunghe anche venti minuti: i convogli arrivavano già "
            "pieni e molti passeggeri hanno dovuto aspettare la corsa successiva.",
            "Per questo il Comune ha chiesto all'azienda dei trasporti di anticipare "
            "l'arrivo di due convogli di riserva, previsti inizialmente per la primavera. "
            "Entreranno in servizio a metà gennaio e permetteranno di portare la frequenza "
            "a una corsa ogni cinque minuti nelle ore di punta, contro le sei di oggi. "
            "«Non possiamo chiedere alle persone di lasciare l'auto a casa e poi farle "
            "aspettare al freddo», ha detto Orlandi.",
            "Non sono mancati i problemi tecnici. Martedì un guasto a uno scambio vicino al "
            "deposito ha fermato la linea per quaranta minuti, e in due occasioni i display "
            "delle fermate hanno mostrato orari sbagliati. Secondo l'azienda si tratta di "
            "difetti normali nelle prime settimane di esercizio, già segnalati al costruttore "
            "e in via di correzione. Più delicata la questione dei commercianti di via "
            "Mazzini, che lamentano un calo degli incassi da quando la strada è stata chiusa "
            "alle auto: il Comune ha promesso un incontro entro la fine del mese.",
            "L'opposizione invita alla prudenza. «Una settimana di novità non fa una linea "
            "di successo», ha commentato il capogruppo Stefano Riva. «Vedremo i numeri a "
            "febbraio, quando il tram non sarà più una curiosità e dovrà dimostrare di essere "
            "più comodo dell'automobile». Riva ha chiesto anche di rendere pubblici ogni mese "
            "i dati sulla puntualità delle corse, una richiesta che l'assessore si è detto "
            "pronto ad accogliere.",
            "Intanto i residenti del Lido Nord raccontano un quartiere cambiato. «Prima per "
            "andare in centro ci mettevo quaranta minuti, adesso ne bastano diciotto», dice "
            "Lucia Ferri, che lavora in un ufficio di piazza della Borsa. Al capolinea, dove "
            "fino a un anno fa c'era un parcheggio sterrato, sono comparsi un chiosco, una "
            "rastrelliera per le biciclette sempre piena e una piccola edicola. Il titolare, "
            "Gianni Bassi, ha aperto lunedì: «Passano centinaia di persone all'ora. Per un "
            "quartiere che d'inverno si svuotava è una rivoluzione».",
            "Il prossimo passo riguarda le tariffe. Dal primo gennaio il biglietto integrato "
            "tram e autobus costerà 1,70 euro e varrà novanta minuti, mentre l'abbonamento "
            "mensile resterà a 35 euro. Il Comune sta anche studiando un abbonamento "
            "familiare, con uno sconto dal secondo figlio in poi, che potrebbe arrivare in "
            "consiglio comunale già a dicembre. Resta invece aperta la discussione sul "
            "prolungamento della linea verso l'ospedale, per il quale servirebbero altri "
            "sette milioni di euro che oggi non sono nel bilancio.",
            "Chi ha usato il tram nei primi giorni può lasciare un commento sul sito del "
            "Comune, dove è stato aperto un questionario di dieci domande su puntualità, "
            "pulizia e informazioni alle fermate. Le risposte, ha promesso l'assessore, "
            "saranno pubblicate insieme ai dati di dicembre.",
        ],
    ),
    Story(
        id="molo",
        section="prima-pagina",
        title="Molo Levante, riapre il terminal dei traghetti dopo la mareggiata",
        standfirst="Danni per 300 mila euro alla banchina. Da domani tornano le corse per la "
        "Croazia, ma i passeggeri dovranno imbarcarsi dal varco sud.",
        authors=["Lorenzo Gatti"],
        picture=2612,
        caption="La banchina del Molo Levante dopo la mareggiata di lunedì notte.",
        paragraphs=[
            "Dopo tre giorni di chiusura il terminal dei traghetti del Molo Levante riapre "
            "domani mattina. La mareggiata di lunedì notte, con onde di oltre tre metri "
            "spinte dal vento di scirocco, aveva danneggiato un tratto di banchina e "
            "allagato la sala d'attesa, costringendo l'Autorità portuale a sospendere tutte "
            "le partenze.",
            "I tecnici hanno stimato danni per circa trecentomila euro. La parte più colpita "
            "è il tratto nord della banchina, dove si sono staccati alcuni blocchi di "
            "cemento: resterà transennato fino alla fine dei lavori, previsti per gennaio. "
            "Per questo i passeggeri dovranno entrare dal varco sud e raggiungere le navi "
            "con un percorso pedonale segnalato, che allunga il tragitto di qualche minuto.",
            "La prima partenza per la Croazia è fissata alle otto. L'Autorità portuale "
            "consiglia di arrivare con un'ora di anticipo e ricorda che i biglietti delle "
            "corse cancellate possono essere rimborsati o usati entro la fine dell'anno.",
        ],
    ),
    Story(
        id="biblioteca",
        section="prima-pagina",
        title="Biblioteca civica aperta fino alle 22 il giovedì",
        authors=["Marta Colombo"],
        paragraphs=[
            "Da questa settimana la biblioteca civica di piazza Verdi resta aperta fino alle "
            "dieci di sera ogni giovedì. La sperimentazione durerà fino a marzo ed è stata "
            "chiesta soprattutto dagli studenti universitari, che nelle settimane degli "
            "esami non trovano posto nelle aule studio.",
            "Nelle ore serali resteranno aperte la sala di lettura e la sezione ragazzi; "
            "il prestito funzionerà fino alle venti. Se i dati di frequenza saranno buoni, "
            "ha spiegato la direttrice Elena Fabbri, l'apertura serale potrebbe estendersi "
            "anche al martedì.",
        ],
    ),
    Story(
        id="scuola",
        section="cronaca",
        kicker="Scuola",
        title="Scuola Carducci, i lavori nell'ex caserma partono a febbraio",
        standfirst="Sedici aule, una palestra e un giardino: il nuovo edificio sarà pronto "
        "per l'anno scolastico 2028. Fino ad allora le lezioni restano in via Roma.",
        authors=["Giulia Ferraresi", "Paolo Riva"],
        picture=2613,
        caption="Il cortile dell'ex caserma Bixio, dove sorgerà la nuova scuola.",
        paragraphs=[
            "Dopo quattro anni di progetti e due bandi andati deserti, la nuova sede della "
            "scuola media Carducci ha finalmente una data. I lavori nell'ex caserma Bixio "
            "cominceranno a febbraio e dovrebbero concludersi in diciotto mesi, in tempo per "
            "l'anno scolastico che comincia a settembre 2028. La gara è stata vinta da un "
            "consorzio di imprese della provincia, con un ribasso del nove per cento.",
            "Il progetto prevede sedici aule, tre laboratori, una biblioteca, una palestra "
            "aperta anche alle società sportive del quartiere e un giardino al posto del "
            "vecchio piazzale asfaltato. Le facciate dell'edificio ottocentesco saranno "
            "conservate, mentre l'interno verrà ricostruito con criteri antisismici e "
            "pannelli solari sul tetto.",
            "Per le famiglie l'attesa è lunga. La Carducci occupa da undici anni un edificio "
            "in affitto in via Roma, senza palestra e con due aule ricavate in uno "
            "scantinato. «Abbiamo sentito molte promesse», dice Chiara Moretti, presidente "
            "del consiglio d'istituto. «Questa volta c'è un contratto firmato, e lo "
            "seguiremo passo dopo passo». Il Comune ha annunciato un incontro pubblico con "
            "i genitori a gennaio, prima dell'apertura del cantiere.",
        ],
    ),
    Story(
        id="alberi",
        section="cronaca",
        title="Lungomare, cento nuovi alberi entro la primavera",
        authors=["Sara De Luca"],
        paragraphs=[
            "Cento nuovi alberi lungo il lungomare entro aprile. Il piano del verde "
            "approvato ieri dalla giunta prevede di piantare lecci, tamerici e pini "
            "marittimi nei tratti rimasti spogli dopo le tempeste degli ultimi anni, dal "
            "bagno Nettuno fino al faro.",
            "Le specie sono state scelte perché resistono al vento e alla salsedine. Ogni "
            "albero avrà un impianto di irrigazione a goccia e una targa con il nome "
            "della scuola che lo adotterà: dodici classi delle elementari hanno già "
            "aderito al progetto e si occuperanno di controllarne la crescita.",
            "La spesa prevista è di centoquarantamila euro, in parte coperti da un bando "
            "regionale. I primi lavori cominceranno a gennaio, quando il lungomare è meno "
            "frequentato, e non sarà necessario chiudere la pista ciclabile.",
        ],
    ),
    Story(
        id="mercato",
        section="cronaca",
        title="Mercato del pesce, nuovi orari da lunedì",
        authors=["Davide Conti"],
        paragraphs=[
            "Da lunedì il mercato all'ingrosso del pesce apre alle quattro del mattino, "
            "un'ora prima di oggi. Lo hanno chiesto i pescatori della cooperativa San "
            "Nicola, che rientrano in porto sempre più presto per evitare il traffico "
            "delle navi merci.",
            "Per i clienti al dettaglio non cambia nulla: la vendita al pubblico resta "
            "dalle otto alle tredici, dal martedì al sabato.",
        ],
    ),
    Story(
        id="cantiere",
        section="economia",
        kicker="Lavoro",
        title="Cantiere navale Sartori, quaranta assunzioni in sei mesi",
        standfirst="Commesse per tre traghetti elettrici. Il corso per saldatori con "
        "l'istituto tecnico comincia a gennaio.",
        authors=["Luca Galli"],
        picture=2614,
        caption="Lo scafo di un traghetto nel bacino di carenaggio del cantiere Sartori.",
        paragraphs=[
            "Il cantiere navale Sartori assumerà quaranta persone nei prossimi sei mesi, "
            "soprattutto saldatori, elettricisti e tecnici di bordo. L'annuncio è arrivato "
            "dopo la firma di un contratto per tre traghetti elettrici destinati alle "
            "linee del golfo, il più importante nella storia dell'azienda.",
            "Trovare personale qualificato non è facile. Per questo il cantiere ha "
            "organizzato con l'istituto tecnico Galilei un corso gratuito di quattrocento "
            "ore, aperto a chi ha tra i diciotto e i trentacinque anni: venti posti, con "
            "l'impegno di assumere almeno metà dei partecipanti.",
            "«Per anni i giovani sono andati a lavorare altrove», ha detto il presidente "
            "Marco Sartori. «Adesso il lavoro c'è, e vogliamo che resti qui». Le domande "
            "per il corso si presentano entro il 15 dicembre.",
        ],
    ),
    Story(
        id="affitti",
        section="economia",
        title="Affitti brevi, il Comune studia un tetto in Città Vecchia",
        standfirst="Nel centro storico un alloggio su quattro è destinato ai turisti. La "
        "proposta: non più di novanta notti l'anno senza licenza.",
        authors=["Francesca Testa"],
        paragraphs=[
            "Un limite di novanta notti all'anno per gli affitti brevi nel centro storico, "
            "oltre il quale servirà una licenza come quella degli alberghi. È la proposta "
            "che l'assessora alla casa Roberta Salvi porterà in commissione a dicembre, "
            "dopo che il rapporto dell'osservatorio comunale ha contato in Città Vecchia "
            "un appartamento su quattro destinato ai turisti.",
            "Secondo l'osservatorio, negli ultimi tre anni i canoni dei contratti di "
            "quattro anni sono saliti del diciotto per cento, mentre il numero di alloggi "
            "disponibili per chi vive e lavora in città è sceso di quasi trecento unità. "
            "A farne le spese sono soprattutto studenti e giovani famiglie.",
            "Le associazioni dei proprietari sono contrarie. «Molte famiglie integrano il "
            "reddito con un appartamento ereditato», ha detto Paolo Marini di "
            "Confedilizia. «Un tetto così basso le spingerebbe a lasciare la casa vuota». "
            "Il Comune risponde che chi affitta con un contratto lungo avrà uno sconto "
            "sull'IMU del quaranta per cento. La decisione finale spetterà al consiglio "
            "comunale entro marzo.",
        ],
    ),
    Story(
        id="teatro",
        section="cultura",
        kicker="Teatro",
        title="Il Comunale apre la stagione con «La tempesta»",
        standfirst="Regia di Giulia Neri, scene costruite con il legno delle barche "
        "dismesse. Sabato la prima, già esaurita.",
        authors=["Elena Fabbri"],
        picture=2615,
        caption="Le prove della «Tempesta» sul palcoscenico del Teatro Comunale.",
        paragraphs=[
            "Sarà «La tempesta» di Shakespeare ad aprire sabato la stagione del Teatro "
            "Comunale. La regista Giulia Neri, nata a Porto Lanterna e tornata in città "
            "dopo vent'anni a Milano, ha ambientato l'isola di Prospero in un cantiere "
            "navale abbandonato: le scene sono costruite con il legno di tre barche da "
            "pesca dismesse, recuperate dalla cooperativa San Nicola.",
            "«È una storia di naufragi, di padri e di figli, di chi resta e di chi parte», "
            "spiega Neri. «In una città di mare non c'era bisogno di inventare niente». "
            "Nel cast, accanto ad attori professionisti, recitano dodici ragazzi del "
            "laboratorio teatrale del liceo Galilei.",
            "La prima è esaurita da settimane, ma lo spettacolo resta in cartellone fino "
            "al 6 dicembre. I biglietti costano da dodici a trentacinque euro; per gli "
            "studenti c'è una riduzione del cinquanta per cento il martedì e il mercoledì.",
        ],
    ),
    Story(
        id="concerto",
        section="cultura",
        title="Organo e violino a San Nicola",
        authors=["Marco Bellini"],
        paragraphs=[
            "Domenica alle diciotto la chiesa di San Nicola ospita il terzo concerto della "
            "rassegna «Note sul porto». Suonano l'organista Davide Conti e la violinista "
            "Anna Ricci, con musiche di Bach, Corelli e Arvo Pärt.",
            "L'ingresso è libero fino a esaurimento dei posti. Le offerte raccolte "
            "andranno al restauro dell'organo, costruito nel 1887 e tornato a suonare "
            "l'anno scorso dopo mezzo secolo di silenzio.",
        ],
    ),
    Story(
        id="archivio",
        section="cultura",
        kicker="Memoria",
        title="Un archivio di voci: i pescatori raccontano il porto",
        authors=["Chiara Moretti"],
        paragraphs=[
            "Duecento ore di interviste, trecento fotografie di famiglia, le mappe a mano "
            "delle secche dove si calavano le reti. È l'archivio della memoria del porto "
            "che il museo civico ha raccolto in due anni di lavoro e che da sabato si può "
            "consultare online e nella nuova sala al piano terra del museo.",
            "A raccontare sono soprattutto gli anziani della cooperativa San Nicola e le "
            "loro famiglie. C'è chi ricorda la grande mareggiata del 1966, quando le barche "
            "furono trascinate fin sopra la banchina, e chi descrive le notti passate a "
            "pescare le sardine con le lampare. «Sono storie che si raccontavano a tavola e "
            "che rischiavano di sparire», dice la curatrice Marta Colombo.",
            "Le interviste sono state registrate dagli studenti del liceo Galilei, che "
            "hanno anche trascritto i passaggi in dialetto. Il museo invita chi ha lettere, "
            "fotografie o diari legati al porto a portarli per farli digitalizzare: gli "
            "originali vengono restituiti dopo una settimana.",
        ],
    ),
    Story(
        id="basket",
        section="sport",
        kicker="Basket",
        title="La Lanterna vince il derby sulla sirena",
        standfirst="Tripla di Matteo Pace a un secondo dalla fine, 78-76 contro "
        "l'Adriatica. Palazzetto esaurito, domenica la trasferta di Pesaro.",
        authors=["Davide Conti"],
        picture=2616,
        caption="Il Palazzetto dello sport esaurito per il derby di domenica sera.",
        paragraphs=[
            "Un secondo. Tanto mancava alla fine quando Matteo Pace ha ricevuto il pallone "
            "nell'angolo, ha finto il passaggio e ha tirato da tre punti sopra le mani del "
            "difensore. Il canestro ha dato alla Lanterna il derby contro l'Adriatica, "
            "settantotto a settantasei, davanti a un Palazzetto esaurito in ogni ordine di "
            "posti.",
            "La partita era stata equilibrata per tutti i quaranta minuti. L'Adriatica aveva "
            "chiuso il primo tempo avanti di sei punti grazie alla precisione dalla lunga "
            "distanza, ma nel terzo quarto la difesa della Lanterna ha concesso appena "
            "undici punti e la squadra di casa è tornata in partita. Nell'ultimo minuto le "
            "due squadre si sono scambiate il vantaggio quattro volte.",
            "«Non avevo mai giocato davanti a un pubblico così», ha detto Pace, "
            "ventun'anni, cresciuto nelle giovanili della Lanterna. L'allenatore Roberto "
            "Salvi ha parlato di «una vittoria di carattere, non di bel gioco». Con questo "
            "successo la Lanterna sale al quarto posto in classifica; domenica la "
            "attende la trasferta di Pesaro.",
        ],
    ),
    Story(
        id="canottaggio",
        section="sport",
        kicker="Canottaggio",
        title="Martina Zanetti convocata in nazionale",
        authors=["Lorenzo Gatti"],
        paragraphs=[
            "Martina Zanetti, diciannove anni, vincitrice della Regata d'autunno nel singolo "
            "femminile, è stata convocata per il raduno della nazionale under 23 che si "
            "terrà a gennaio sul lago di Piediluco. È la prima atleta della Società "
            "Nautica Lanterna a vestire la maglia azzurra da oltre dieci anni.",
            "«Quando è arrivata la telefonata non ci credevo», racconta. Zanetti studia "
            "ingegneria all'Università dell'Adriatico e si allena ogni mattina alle sei, "
            "prima delle lezioni. In Umbria si giocherà un posto nel doppio per i "
            "campionati europei di primavera.",
        ],
    ),
]
