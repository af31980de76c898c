package loader

import "strings"

// Word lists are the parser's evidence. They are deliberately broad: a new
// letter should find its titles, organizations and headings here rather than
// in a rule written for one file. Entries are lower case; multi-word entries
// are matched as whole phrases.

func wordSet(lists ...string) map[string]bool {
	m := make(map[string]bool)
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[strings.ReplaceAll(w, "_", " ")] = true
		}
	}
	return m
}

// titleHeads are singular nouns that end or lead a job title. Plurals are
// left out on purpose: "American Maritime Officers" is an organization.
var titleHeads = wordSet(`
director president chair chairman chairwoman chairperson cochair co-chair
vice-chair officer ceo cfo coo cto cio cmo cdo cpo evp svp vp avp
advisor adviser analyst counsel founder co-founder cofounder secretary
commander commander-in-chief commandant manager coordinator member fellow professor
attorney lawyer senator representative congressman congresswoman
congressmember assemblyman assemblywoman assemblymember councilmember
councilman councilwoman councillor councilor alderman minister commissioner
leader speaker editor editor-in-chief laureate trustee treasurer organizer
organiser associate partner principal dean chancellor provost lecturer
researcher scientist engineer consultant specialist strategist head
advocate committeeman committeewoman delegate governor mayor ambassador
administrator superintendent pastor rabbi priest rector vicar deacon elder
imam chaplain moderator spokesperson spokesman spokeswoman liaison clerk
registrar auditor comptroller controller emeritus alumnus alumna intern volunteer owner
proprietor convener convenor steward sheriff judge justice executive chief
assistant instructor teacher physician nurse author writer journalist
reporter producer publisher architect designer developer economist
historian scholar physicist chemist biologist epidemiologist psychologist
sociologist anthropologist ethicist artist activist campaigner lobbyist
planner agent officer-in-charge president-elect chairman-elect ombudsman
ombudsperson inspector auditor-general secretary-general director-general
solicitor barrister paralegal investigator educator curator librarian
archivist counselor counsellor therapist psychiatrist surgeon dentist
pharmacist veterinarian entrepreneur investor economist statistician
technologist commentator columnist correspondent anchor host founder-director
shareholder stakeholder member-at-large vice-president vicepresident
bishop archbishop cardinal reverend pastor-in-charge rapporteur
maintainer co-maintainer contributor committer creator co-creator
programmer hacker hobbyist steward candidate student postdoc
postdoctoral scholar-in-residence academic
reviewer reader critic translator interpreter poet novelist playwright
screenwriter illustrator photographer filmmaker musician composer
podcaster blogger panelist storyteller essayist comedian presenter
broadcaster actor actress dancer master warden provost
co-rapporteur shadow-rapporteur
voorzitter vicevoorzitter directeur directrice présidente presidente
président secrétaire secretaris ministre bürgermeister burgemeester
vorsitzende vorsitzender geschäftsführer geschäftsführerin professeur
commissaris wethouder sénateur député deputado senador diputado
presidenta directora coordinadora coordinador portavoz sprecher
sprecherin leiter leiterin
ministro ministra ministrze ministrem minister ministerin alcalde alcaldesa
maire sindaco sindaca prefeito prefeita präsident präsidentin
`)

// surnameHeads are title heads that are also common surnames; they do not by
// themselves stop a line from being a person's name.
var surnameHeads = wordSet(`dean head judge bishop clerk partner steward
elder sheriff justice chancellor marshal page cook host anchor writer
treasurer gardner mayor minister counsel pastor priest deacon fellow
chaplain major porter carter marshall`)

// nameBlockers are words found in organization names and titles but hardly
// ever in a person's name: "Amnesty International" or "Senior Campaigner"
// is no one's name.
var nameBlockers = wordSet(`
international america american americans usa national united global world
worldwide equality rights liberties civil human progress democracy
democratic republican action advocacy policy research reform education
educational environmental environment health society women women's
children children's youth families community communities citizens
citizen people people's public americas cause defense defenders
solidarity sustainability climate conservation wildlife humane
immigrant immigrants refugee refugees legal law senior junior executive
deputy assistant associate acting interim former managing founding vice
regional legislative programme government affairs communications
development operations technical technology strategic corporate
external internal outreach campaign campaigns finance financial digital
membership organizing emeritus honorary co-founder commanding
`)

// titleModifiers qualify a title without being one ("Senior Legal &").
var titleModifiers = wordSet(`
senior junior executive chief vice deputy assistant associate acting interim
former past founding managing general national regional legislative legal
policy program programme co honorary emeritus lead principal special state
federal global field public government affairs communications development
operations technical technology research strategic corporate external
internal international outreach advocacy campaign campaigns finance
financial legislative organizing digital membership board staff
freelance independent visiting adjunct clinical distinguished ranking
self-employed
`)

// orgWords are nouns that mark an organization wherever they appear.
var orgWords = wordSet(`
center centre centers council councils league leagues alliance alliances
institute institutes institution institutions campaign coalition coalitions
foundation foundations project projects network networks association
associations union unions inc incorporated llc llp ltd limited corp
corporation corporations company companies co committee committees
commission commissions society societies fund funds trust trusts church
churches congregation congregations synagogue temple mosque ministries
diocese archdiocese parish conference conferences university universities
college colleges school schools academy academies department departments
agency agencies bureau bureaus board federation federations congress
caucus party group groups partners partnership partnerships consortium
collaborative initiative initiatives fellowship advocates services
organization organizations organisation organisations labs lab laboratory
laboratories media press news times post journal magazine hospital
hospitals clinic clinics legion veterans workers employees officers chamber
chambers bank cooperative co-op club clubs circle guild order sisters
mission missions forum watch voices families friends lobby program programs
programme industries systems technologies solutions holdings enterprises
associates worldwide movement senate parliament assembly government
administration authority court police army navy corps guard library
libraries archives museum museums commons endowment charities charity
relief rescue sanctuary shelter ventures consulting studio studios
publishing energy electric chemical manufacturing products plastics
equipment machinery packages mills telecommunications plc gmbh ag nv bv
sa lp pty kg stiftung verein ministry office offices secretariat house
tribe tribes nation nations fraternity sorority brotherhood sisterhood
confederation cooperatives collective collectives consortia firm
seminary seminaries
sansthan sansthana samiti sangh sangathan parishad vidyalaya
vishwavidyalaya mahavidyalaya vidyapeeth vidyapith ashram andolan
collectif colectivo col·lectiu kollektiv collettivo coletivo
associazione asociación synod presbytery federación fédération
commissie vereniging stichting bond partij raad ministerie
ausschuss kommission verband verein stiftung partei ministerium
comité conseil fondation ministère parti comisión consejo fundación
ministerio partido comitato consiglio fondazione ministero partito
associação fundação conselho command
université universités universidad universidades universitat universität
universidade università uniwersytet universiteit universitet école écoles
escuela scuola schule hochschule faculté facultad facoltà fakultät
faculdade laboratoire laboratorio instituto institut istituto centro
zentrum centrum département departamento dipartimento académie akademie
academia hôpital ospedale krankenhaus sindicato syndicat gewerkschaft
sindacato ayuntamiento mairie comune gemeinde
corporación corporació corporação corporazione société sociedad sociedade
società gesellschaft empresa entreprise azienda fundació associació
`)

// orgSuffixes end compound organization words in Dutch and German
// ("Kamercommissie", "Bundesverband", "Landesstiftung").
var orgSuffixes = []string{"commissie", "vereniging", "stichting", "kommission",
	"ausschuss", "verband", "verein", "stiftung", "ministerium", "ministerie"}

// groupTitles address a body's members together ("Members Juri
// committee", "Members of the Committee on ...").
var groupTitles = wordSet(`members commissioners councillors councilors
councilmembers senators representatives delegates trustees directors
officers leaders chairs`)

// unitWords name a part of an organization: a title that names one
// ("Chair, Employment Committee") stays whole inside the letter's own body.
var unitWords = wordSet(`committee subcommittee commission department
division office bureau board section unit branch program programme affairs
panel taskforce chapter desk team directorate relations service`)

// lawWords mark a capitalized phrase as a law or document, not a body.
var lawWords = wordSet(`act acts bill bills amendment amendments resolution
resolutions convention conventions treaty treaties program programs report
reports directive directives protocol code rule rules order law laws
agreement plan policy budget regulation regulations statement letter
hearing strategy initiative`)

// corpSuffixes follow a company name after a comma ("Wal-Mart Stores, Inc.").
var corpSuffixes = wordSet(`inc inc. incorporated llc llc. l.l.c. ltd ltd.
limited llp llp. l.p. lp co. corp corp. plc gmbh ag s.a. n.v. b.v. p.c.
pllc pty pty. ltd chartered sas s.a.s. sarl s.a.r.l. srl s.r.l. spa s.p.a. kg ohg`)

// nameSuffixes stay in a person's name ("John Conyers, Jr.").
var nameSuffixes = wordSet(`jr jr. sr sr. ii iii iv v vi 2nd 3rd`)

// postNominals are degrees and honours printed after a name; they go to the
// honorific. "Mr." and "Ir" are Dutch degrees when they follow a name.
var postNominals = wordSet(`
ph.d. ph.d phd j.d. jd m.d. md d.o. ed.d. edd d.min. dmin th.d. ll.m. llm
ll.b. llb m.a. m.s. msc m.sc. b.a. b.s. mba m.b.a. mph m.p.h. msw m.s.w.
lcsw lmsw r.n. rn bsn msn dnp np pa-c cpa esq. esq dds d.d.s. dvm pharmd
pharm.d. psyd psy.d. d.phil. dphil faan facp faap facs obe cbe mbe kbe dbe
frs qc kc mep m.e.p. ir ir. mr. mr drs. drs dr. prof. rdn ches mpa m.p.a. mpp
m.p.p. mfa m.f.a. med m.ed. dsw scd sc.d. drph d.sc. dsc m.div. mdiv
s.j. sj o.p. osb o.s.b. cfa cfp pe p.e. aia faia
ocso ofm cssr sdb ao ac am oam qc kc sc faa fassa fts frsn fahms faahms fba frse freng
fmedsci frcp frcs mp m.p. mla m.l.a. msp m.s.p. mpp td mhk mnz cnzm onzm qso mna m.n.a.
prs honfrs fras frsc fsa frhists frsa frcpath frcog frcpsych fhea sfhea pfhea afhea
hon.frs kcb gcb kcmg dcmg cmg om ch kbe gbe lvo cvo dl jp bt bart
gcmg kcvo gcvo dcvo dcb kg kt gcsi kcsi gcie kcie dso dfc afc rvm qpm kpm
`)

// honorifics are prefix ranks and courtesy titles, longest first when
// matched. They are split off the name into Honorific.
var honorifics = []string{
	"The Most Reverend", "The Right Reverend", "The Very Reverend",
	"The Reverend", "The Rev. Dr.", "The Rev.", "The Rev", "The Honorable", "The Honourable", "The Hon.",
	"The Rt. Hon.", "The Rt Hon", "The Right Honourable", "Rt. Hon.", "Rt Hon", "Rt. Rev.",
	"Most Rev.", "Most Rev", "Very Rev.", "Very Rev", "Honorable", "Honourable", "Hon.", "Hon",
	"Most Reverend", "Most Rev.", "Right Reverend", "Rt. Rev.", "Rt Rev", "Very Reverend", "Very Rev.",
	"Reverend Dr.", "Rev. Dr.", "Rev.", "Rev", "Reverend", "Pastor",
	"The Rt Revd", "The Rt. Revd", "The Right Revd", "The Very Revd", "The Most Revd",
	"The Revd Dr", "The Revd", "Rt Revd", "Rt. Revd", "Very Revd", "Most Revd", "Revd Dr", "Revd",
	"Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Father", "Fr.",
	"Sister", "Brother", "Br.", "Sr.", "Mother", "Monsignor", "Msgr.",
	"Elder", "Deacon", "Cantor", "Vicar", "Swami", "Sheikh", "Qari", "Maulana", "Mufti", "Shri", "Shrimati", "Panie", "Pani", "Smt.", "Smt", "Sri",
	"Emeritus Professor", "Professor Emeritus", "Associate Professor",
	"Assistant Professor", "Adjunct Professor", "Distinguished Professor",
	"Emeritus Prof", "Assoc Prof", "Assoc. Prof.", "A/Prof", "Asst Prof", "Adjunct Prof",
	"Dr.", "Dr", "Drs.", "Prof.", "Prof", "Professor", "Mr.", "Mr", "Mrs.", "Mrs",
	"Ms.", "Ms", "Miss", "Mx.", "Mme", "Mme.", "Madame", "Mlle", "Herr",
	"Frau", "Sir", "Dame", "On.", "Onorevole", "Sra.", "Srta.", "Dña.",
	"Dott.", "Dott.ssa", "Egr.", "Spett.", "Ing.", "Avv.", "Mag.", "Mgr.", "Dipl.-Ing.",
	"Univ.-Prof.", "Pr.", "Dra.", "Dhr.", "Mevr.", "Mw.", "Lord", "Lady", "Baroness", "Baron", "Ir.",
	"MEP", "Sen.", "Senator", "Rep.", "Representative", "Congressman",
	"Congresswoman", "Del.", "Delegate", "Gov.", "Lieutenant Governor", "Governor", "Lt. Gov.",
	"Mayor", "Judge", "Justice", "Ambassador", "Amb.", "Councilmember",
	"Councilman", "Councilwoman", "Assemblymember", "Assemblyman",
	"Assemblywoman", "Alderman", "Police Chief", "Fire Chief", "Chief Deputy", "Chief", "Sheriff", "Undersheriff", "Constable",
	"General of the Army", "Field Marshal", "Air Marshal",
	"Lieutenant General", "Lt. Gen.", "Lt.Gen.", "LTG", "Major General",
	"Maj. Gen.", "Maj.Gen.", "MG", "Brigadier General", "Brig. Gen.",
	"Brig.Gen.", "BG", "General", "Gen.", "Vice Admiral", "Vice Adm.",
	"VADM", "Rear Admiral", "Rear Adm.", "RADM", "Admiral", "Adm.",
	"Lieutenant Colonel", "Lt. Col.", "LTC", "Colonel", "Col.",
	"Lieutenant Commander", "Lt. Cmdr.", "Commander", "Cmdr.", "Cdr.",
	"Captain", "Capt.", "Major", "Maj.", "First Lieutenant",
	"Second Lieutenant", "Lieutenant", "Lt.", "Ensign",
	"Command Sergeant Major", "Sergeant Major", "Master Sergeant",
	"Staff Sergeant", "Sergeant", "Sgt.", "Corporal", "Cpl.", "Private",
	"Pvt.", "Spc.", "Chief Petty Officer", "Petty Officer",
}

// titlePrefixes are offices printed before a recipient's name ("President
// Barack Obama"); unlike honorifics they are the party's title.
var titlePrefixes = []string{
	"Vice President", "President", "Speaker", "Majority Leader",
	"Minority Leader", "Leader", "Prime Minister", "Deputy Prime Minister",
	"Minister", "Secretary", "Chairman", "Chairwoman", "Chairperson",
	"Chair", "Commissioner", "Administrator", "Attorney General",
	"Chancellor", "Director", "Ranking Member", "Co-Chair", "Cochair", "Vice Chair",
	"Vice Chairman", "Governor", "Mayor",
}

// closings are complimentary closes; matched case-insensitively on a line
// of their own (a trailing comma or period allowed).
var closings = []string{
	"sincerely", "sincerely yours", "yours sincerely", "very sincerely",
	"very sincerely yours", "most sincerely", "respectfully",
	"respectfully yours", "yours respectfully", "respectfully submitted",
	"very respectfully", "very truly yours", "yours very truly",
	"yours truly", "truly yours", "yours faithfully", "faithfully",
	"faithfully yours", "regards", "best regards", "kind regards",
	"warm regards", "warmest regards", "with best regards",
	"with kind regards", "with warm regards", "best", "best wishes",
	"with best wishes", "all the best", "cordially", "cordially yours",
	"yours cordially", "with appreciation", "with gratitude",
	"with thanks", "many thanks", "thank you", "with respect",
	"in solidarity", "in peace", "in faith", "peace", "warmly",
	"gratefully", "gratefully yours", "with sincere appreciation",
	"signed", "yours", "respectfully signed", "on behalf of the undersigned",
	"met vriendelijke groet", "met vriendelijke groeten",
	"hoogachtend", "mit freundlichen grüßen", "hochachtungsvoll",
	"cordialement", "bien cordialement", "atentamente", "saludos",
	"cordiali saluti", "distinti saluti",
}

// headingGroupNouns make a short line a heading over the signers below it.
var headingGroupNouns = wordSet(`parties organizations organisations organization
organisation companies company groups group signatories signers signatures
individuals endorsers endorsements supporters affiliates chapters partners
members cosigners co-signers undersigned businesses institutions unions
congregations entities coalitions associations networks sponsors
cosponsors co-sponsors list nations tribes governments cities counties
municipalities universities colleges schools churches experts scholars
scientists researchers academics leaders officials economists faculty
professionals physicians lawyers`)

// headingWords may appear in a heading besides the group noun.
var headingWords = wordSet(`national state local and & regional
international statewide community faith-based faith religious labor
business tribal member individual endorsing supporting co-signing
cosigning additional other of the in order signing by national-level
state-level grassroots civil rights advocacy legal health environmental
education educational academic corporate coalition partner affiliated
global federal county city municipal university campus student youth
women's veterans disability list full original initial later new
organizational institutional affiliations for identification purposes
only titles listed names as former retired serving current prime or`)

// geoHeadings are headings made of a single level word ("National").
var geoHeadings = wordSet(`national state local regional international
statewide global federal county municipal tribal individuals`)

// loneHeadings are the group nouns that make a heading by themselves.
var loneHeadings = wordSet(`organizations organisations signatories signers signatures
individuals companies endorsers cosigners co-signers undersigned sponsors
cosponsors co-sponsors endorsements businesses
entidades entités organizaciones organizações organisationen organizzazioni
organisaties asociaciones associações associazioni verbände
personalidades personalités persönlichkeiten personalità einzelpersonen
particulares individuos indivíduos parlamentares parlamentarios
parlamentari députés deputados diputados`)

// orgHeadingNouns switch the lines under a heading to organizations.
var orgHeadingNouns = wordSet(`parties organizations organisations organization
organisation companies company groups group businesses institutions unions
congregations entities coalitions associations networks affiliates
chapters partners endorsers supporters sponsors nations tribes governments
cities counties municipalities universities colleges schools churches
entidades entités organizaciones organizações organisationen organizzazioni
organisaties asociaciones associações associazioni verbände movimentos
movimientos sindicatos colectivos coletivos`)

// personHeadingNouns switch the lines under a heading to people.
var personHeadingNouns = wordSet(`individuals individual people persons
experts scholars scientists researchers academics leaders officials
economists faculty professionals physicians lawyers
personalidades personalités persönlichkeiten personalità einzelpersonen
particulares individuos indivíduos parlamentares parlamentarios
parlamentari députés deputados diputados mps meps msps mlas peers
councillors councilors senators representatives legislators lawmakers`)

// officeHeadingNouns are offices in the plural that head a list of their
// holders only in a line ending in a colon ("The 10 former Presidents or
// Prime Ministers:"); "Climate Mayors" alone is a body's name.
var officeHeadingNouns = wordSet(`presidents ministers mayors governors ambassadors chancellors judges
commissioners`)

// kinWords open a family relation ("Mother of Janice") that is neither a
// title nor an organization.
var kinWords = wordSet(`mother father widow widower daughter son sister
brother wife husband parent parents grandmother grandfather granddaughter
grandson aunt uncle niece nephew cousin fiance fiancee fiancé fiancée
stepmother stepfather stepson stepdaughter friend family`)

// statusWords in parentheses after a name or title are not stored.
var statusWords = wordSet(`current former ret ret. retired emeritus acting
deceased interim outgoing incoming elect designate`)

// streetWords mark an address line or part.
var streetWords = wordSet(`street st st. avenue ave ave. road rd rd.
boulevard blvd blvd. drive lane ln way place pl plaza square sq floor fl
suite ste room rm building bldg bldg. capitol p.o. box po highway hwy
parkway pkwy circle court ct terrace expressway nw n.w. ne n.e. sw s.w. se
s.e. straat laan weg plein rue strasse straße via calle`)

// usStates maps state names and postal codes; a trailing state marks a
// place ("Rockville, MD"), which is neither a title nor an organization.
var usStates = wordSet(`alabama alaska arizona arkansas california
colorado connecticut delaware florida georgia hawaii idaho illinois indiana
iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada new_hampshire
new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma
oregon pennsylvania rhode_island south_carolina south_dakota tennessee
texas utah vermont virginia washington west_virginia wisconsin wyoming
district_of_columbia puerto_rico guam american_samoa u.s._virgin_islands
virgin_islands northern_mariana_islands commonwealth_of_the_northern_mariana_islands
al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo
mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy
dc d.c. pr ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind.
kan. ky. la. md. mass. mich. minn. miss. mo. mont. neb. nev. n.h. n.j.
n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex. vt. va.
wash. w.va. wis. wyo.`)

// connectors end a wrapped line that continues on the next.
var connectors = wordSet(`of and & for the on in to at with from by or a
an de du des la le del della di van von y und et -`)

// particles are lower-case parts of personal names.
var particles = wordSet(`van von de der den da di du del della des la le
ten ter bin ibn al el dos das do d' st. zu af av`)

// months maps month names in English, Dutch, German, French, Spanish,
// Italian, Portuguese and Catalan (and common abbreviations) to their number.
var months = map[string]int{
	"january": 1, "jan": 1, "januari": 1, "januar": 1, "janvier": 1, "enero": 1, "gennaio": 1, "janeiro": 1, "gener": 1,
	"february": 2, "feb": 2, "febr": 2, "februari": 2, "februar": 2, "février": 2, "fevrier": 2, "febrero": 2, "febbraio": 2, "fevereiro": 2, "febrer": 2,
	"march": 3, "mar": 3, "maart": 3, "märz": 3, "maerz": 3, "mars": 3, "marzo": 3, "março": 3, "març": 3,
	"april": 4, "apr": 4, "avril": 4, "abril": 4, "aprile": 4,
	"may": 5, "mei": 5, "mai": 5, "mayo": 5, "maggio": 5, "maio": 5, "maig": 5,
	"june": 6, "jun": 6, "juni": 6, "juin": 6, "junio": 6, "giugno": 6, "junho": 6, "juny": 6,
	"july": 7, "jul": 7, "juli": 7, "juillet": 7, "julio": 7, "luglio": 7, "julho": 7, "juliol": 7,
	"august": 8, "aug": 8, "augustus": 8, "août": 8, "aout": 8, "agosto": 8, "agost": 8,
	"september": 9, "sep": 9, "sept": 9, "septembre": 9, "septiembre": 9, "setiembre": 9, "settembre": 9, "setembro": 9, "setembre": 9,
	"october": 10, "oct": 10, "oktober": 10, "octobre": 10, "octubre": 10, "ottobre": 10, "outubro": 10,
	"november": 11, "nov": 11, "novembre": 11, "noviembre": 11, "novembro": 11,
	"december": 12, "dec": 12, "dezember": 12, "décembre": 12, "decembre": 12, "diciembre": 12, "dicembre": 12, "dezembro": 12, "desembre": 12,
}

// abbreviations end in a period that does not end an entry in a run-together
// list ("Dr. Gordon", "U.S. Chamber").
var abbreviations = wordSet(`mr mrs ms dr drs prof rev hon sen rep gov lt
gen col maj capt cmdr adm brig sgt cpl pvt st mt ft jr sr no nos vs etc
inc co corp ltd dept univ assn assoc intl natl bros messrs mme msgr fr
ph jd md esq ave blvd rd`)

// serviceBranches are armed services printed after a retired officer's
// name ("USN (Ret.)"): neither title nor organization.
var serviceBranches = wordSet(`usa usn usaf usmc uscg ussf usar usnr usafr usmcr
uscgr usphs noaa ang arng angus aus usa(ret) raf rn ran raaf rcaf rcn rm cf adf`)

// ranks are military ranks as printed after a name ("Lani Burnett, CMSgt,
// USAFR (RET)"); they are honorifics.
var ranks = wordSet(`cmsgt smsgt msgt tsgt ssgt sra a1c amn sgt sfc ssg spc
cpl pfc pvt csm sgm msg 1sg sgtmaj sgtmajmc gysgt mgysgt lcpl 1stsgt cw2 cw3
cw4 cw5 wo1 cwo 2lt 1lt cpt maj ltc col bg mg ltg gen ens ltjg lcdr cdr capt
radm vadm adm cpo scpo mcpo mcpon po1 po2 po3 lt.col. lt.col lt.gen. maj.gen.
brig.gen. col. capt. maj. gen. adm. cdr. lt. sgt. cpl. ret. ret`)

// regions are parts of the world a title can cover ("Regional Director,
// Asia"; "Supreme Allied Commander, Atlantic"): no organization.
var regions = wordSet(`africa asia europe oceania antarctica americas
north_america south_america latin_america central_america caribbean
middle_east near_east far_east east_asia south_asia southeast_asia
central_asia eastern_europe western_europe central_europe northern_europe
southern_europe sub-saharan_africa north_africa west_africa east_africa
southern_africa pacific atlantic indian_ocean arctic mediterranean
asia-pacific asia_pacific emea apac latam mena worldwide global
international europe_and_central_asia america_latina américa_latina
latinoamérica latinoamerica europa áfrica africa_del_sur asia_pacífico
afrique amérique_latine`)

// demonyms qualify a title by where it serves ("European Commissioner").
var demonyms = wordSet(`european african american asian british english french
german dutch belgian italian spanish portuguese polish swedish danish
norwegian finnish irish scottish welsh australian canadian mexican
brazilian indian chinese japanese korean arab nordic latin caribbean
pacific atlantic eu un us u.s uk`)

// fieldWords are the fields job titles name ("Software Engineer", "VP
// Engineering", "Senior UX Designer").
var fieldWords = wordSet(`software web ux ui frontend front-end backend
back-end full-stack fullstack full stack devops data security cloud infrastructure
platform systems network mobile game games hardware firmware embedded
research design product marketing sales engineering operations community
developer-relations devrel open-source oss qa test testing reliability
site machine learning ai ml analytics content editorial creative brand
digital media policy legal compliance finance human resources hr people
talent customer support success business growth strategy programs
project release build kernel graphics security-research staff principal
lead law medicine medical economics history philosophy sociology politics
political science sciences mathematics physics chemistry biology
computer education nursing psychology anthropology linguistics literature
journalism communications public health international relations
environmental studies ip phd ph.d doctoral graduate undergraduate
theatre theater music film arts art dance opera visual
postgraduate masters research-`)

// academicStatuses are the doctoral and research statuses that head a
// title in other languages, which the job-title lexicon lacks: "Doctorant
// en physique", "Doktorandin der Biologie".
var academicStatuses = wordSet(`docteur docteure doctorant doctorante
doktorand doktorandin doctorando doctoranda dottorando dottoranda
doutorando doutoranda chercheur chercheuse ricercatore ricercatrice
forscher forscherin pesquisador pesquisadora`)

// orgRoleHeads are the roles people hold in an organization, in the
// languages of the letters, as the profession lexicon (which lists trades)
// does not have them: "porte-parole d'Attac", "fundadora de", "Sprecherin".
var orgRoleHeads = wordSet(`fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice
porte-parole délégué déléguée coordinateur coordinatrice président présidente vice-président
vice-présidente secrétaire trésorier trésorière administrateur administratrice chargé chargée
fundador fundadora cofundador cofundadora portavoz delegado delegada coordinador coordinadora
secretario secretaria presidente presidenta tesorero tesorera vocal
gründer gründerin mitgründer mitgründerin sprecher sprecherin vorsitzender vorsitzende
geschäftsführer geschäftsführerin vorstandsmitglied
fondatore portavoce delegato delegata coordinatore segretario segretaria tesoriere
porta-voz coordenador coordenadora diretor diretora`)
