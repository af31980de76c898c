package corpus

// Word lists the names and sentences are built from. Organization kinds and
// titles use the words the parser's vocabulary knows, as real letters do;
// "Justice" is left out of organization names because on its own line it
// reads as a judge's title.

var orgScopes = []string{"National", "American", "International", "Global", "United", "Federal", "Regional", "Alliance"}

var orgKinds = []string{"Association", "Coalition", "Council", "Center", "Network", "Foundation", "Institute",
	"Alliance", "Federation", "Society", "League", "Project", "Union", "Committee", "Fund", "Campaign"}

var causes = []string{"Disability Rights", "Civil Liberties", "Veterans Affairs", "Public Health", "Clean Water",
	"Open Government", "Digital Rights", "Rural Education", "Fair Housing", "Worker Safety", "Patient Advocacy",
	"Immigrant Rights", "Voting Rights", "Child Welfare", "Consumer Protection", "Mental Health", "Human Rights",
	"Environmental Stewardship", "Food Security", "Press Freedom", "Refugee Services", "Senior Care", "Small Business",
	"Family Farms", "Arts Education", "Tribal Sovereignty", "Maritime Labor", "Legal Aid"}

var causeAdjectives = []string{"Disability", "Veterans", "Health", "Education", "Housing", "Labor", "Environmental",
	"Technology", "Immigration", "Civic", "Consumer", "Farmers", "Nurses", "Teachers", "Parents", "Students",
	"Retirees", "Taxpayers", "Patients", "Seniors", "Youth", "Women's", "Privacy", "Transit"}

var places = []string{"Ohio", "Texas", "Maine", "Oregon", "Georgia", "Michigan", "Arizona", "Vermont", "Nevada",
	"Iowa", "Kansas", "Montana", "Alaska", "Hawaii", "Idaho", "Utah", "Virginia", "Florida", "Illinois", "Colorado",
	"Minnesota", "Wisconsin", "Kentucky", "Louisiana", "New Mexico", "Rhode Island", "Delaware", "Missouri"}

var firstNames = []string{"Ann", "Bob", "Carla", "David", "Elena", "Frank", "Grace", "Hector", "Irene", "James",
	"Keiko", "Luis", "Maria", "Nathan", "Olivia", "Priya", "Quentin", "Rosa", "Samuel", "Teresa", "Umar", "Vera",
	"Walter", "Ximena", "Yusuf", "Zoe", "Aaron", "Beatriz", "Caleb", "Dana", "Emeka", "Fatima", "George", "Hannah",
	"Ivan", "Julia", "Kevin", "Leila", "Marcus", "Nadia", "Oscar", "Paula", "Rachel", "Stefan", "Tamika", "Victor"}

var lastNames = []string{"Abbott", "Baker", "Castillo", "Dawson", "Eriksen", "Fischer", "Garcia", "Holloway",
	"Ibrahim", "Jensen", "Kowalski", "Lindqvist", "Moreno", "Nakamura", "Okafor", "Petrov", "Quinlan", "Ramirez",
	"Schneider", "Tanaka", "Underwood", "Valdez", "Whitaker", "Xu", "Yamamoto", "Zimmerman", "Alvarez", "Brennan",
	"Chowdhury", "Delgado", "Ellison", "Foster", "Gallagher", "Hughes", "Iverson", "Jablonski", "Kaplan", "Lambert",
	"Mendoza", "Novak", "Ortega", "Patel", "Russo", "Sullivan", "Thornton", "Vasquez", "Webb", "Young"}

var titles = []string{"Executive Director", "President", "President and CEO", "Policy Director", "Legal Director",
	"Chief Executive Officer", "Director of Government Affairs", "Senior Policy Counsel", "National Director",
	"Co-Chair", "Chair", "Vice President", "Deputy Director", "General Counsel", "Founder"}

type recipient struct{ name, title, body, zip, salutation string }

var recipients = []recipient{
	{"Margaret Ellis", "Chair, Committee on Health", "U.S. Senate", "20510", "Chairwoman Ellis"},
	{"Thomas Whitfield", "Ranking Member, Committee on Appropriations", "U.S. House of Representatives", "20515", "Ranking Member Whitfield"},
	{"Linda Okonkwo", "Speaker", "U.S. House of Representatives", "20515", "Madam Speaker"},
	{"Robert Haines", "Majority Leader", "U.S. Senate", "20510", "Leader Haines"},
	{"Susan Ward", "Secretary", "U.S. Department of Labor", "20210", "Secretary Ward"},
	{"Paul Navarro", "Administrator", "Environmental Protection Agency", "20460", "Administrator Navarro"},
	{"Karen Liu", "Chair, Committee on the Judiciary", "U.S. Senate", "20510", "Chairwoman Liu"},
}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December"}

var asks = []string{"support the reauthorization before the end of the session", "oppose the proposed cuts to this program",
	"hold a hearing on the matter this year", "fully fund the program in the coming fiscal year",
	"withdraw the proposed rule and consult the communities it affects", "cosponsor the bill and urge its swift passage"}

var reasons = []string{"Millions of people depend on this program every day.",
	"The proposal would shift costs onto those least able to bear them.",
	"Independent studies have shown the approach works and saves money.",
	"Communities across the country have asked for action for years.",
	"Delay would leave families without the protection the law promises.",
	"The change has broad support across the political spectrum."}

var closings = []string{"Sincerely", "Respectfully", "Sincerely yours", "Respectfully submitted"}
