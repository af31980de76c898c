package loader

import (
	"strconv"
	"strings"

	"github.com/coalition-graph/coalition/graph"
)

// A person's context is what a letter says about who they are: the
// organization they signed for (else the letter's own organization, read
// from its letterhead or an "on behalf of" line), the office they hold, and
// when. The resolver uses it twice: to keep apart people who share a name
// but cannot be one person (a Representative and a Senator in the same
// Congress), and to allow a merge only where the contexts agree (a middle
// initial dropped at the same organization).

// Offices that exclude each other: nobody holds a seat in both chambers of
// Congress in the same two-year term.
const (
	officeSenate = "us-senate"
	officeHouse  = "us-house"
)

// officeNames label the offices in reports.
var officeNames = map[string]string{officeSenate: "U.S. Senate", officeHouse: "U.S. House of Representatives"}

// titleOffices are the titles (normalized, a parenthesized part such as
// "(D-CA)" dropped) that say which chamber a member sits in. A title may
// also go on with "from" or "for" ("United States Senator from Vermont").
// "State Senator", "former Member of Congress" and "U.S. Military
// Representative" are not among them: they hold no seat in Congress.
var titleOffices = map[string]string{
	"senator": officeSenate, "us-senator": officeSenate, "united-states-senator": officeSenate,
	"member-of-congress": officeHouse, "representative": officeHouse, "us-representative": officeHouse,
	"united-states-representative": officeHouse, "representative-in-congress": officeHouse,
	"congressman": officeHouse, "congresswoman": officeHouse, "us-congressman": officeHouse, "us-congresswoman": officeHouse,
	"member-of-the-house-of-representatives": officeHouse, "member-of-the-us-house-of-representatives": officeHouse,
	"speaker-of-the-house": officeHouse, "speaker-of-the-house-of-representatives": officeHouse,
}

// titleOffice returns the chamber a title holds a seat in, or "".
func titleOffice(title string) string {
	if title == "" {
		return ""
	}
	if i := strings.IndexByte(title, '('); i > 0 {
		title = title[:i]
	}
	key := personKey(title)
	if o, ok := titleOffices[key]; ok {
		return o
	}
	for _, sep := range []string{"-from-", "-for-"} {
		if head, _, ok := strings.Cut(key, sep); ok {
			return titleOffices[head]
		}
	}
	return ""
}

// organizationOffice returns the chamber an organization key is part of:
// "U.S. Senate", "Committee on Finance, U.S. Senate", "Senate Committee on
// ...", "House of Representatives", "Committee on Armed Services, House of
// Representatives", "House Committee on Small Business". A state's house or
// senate is not Congress, so a chamber's name alone must be the whole name
// or follow a committee.
func organizationOffice(key string) string {
	switch {
	case key == "us-senate" || key == "united-states-senate",
		strings.HasSuffix(key, "-us-senate") || strings.HasSuffix(key, "-united-states-senate"),
		strings.HasPrefix(key, "us-senate-") || strings.HasPrefix(key, "united-states-senate-"),
		strings.HasPrefix(key, "senate-committee-") || strings.HasPrefix(key, "senate-subcommittee-"):
		return officeSenate
	case key == "house-of-representatives" || key == "us-house-of-representatives" || key == "united-states-house-of-representatives",
		strings.HasPrefix(key, "house-committee-") || strings.HasPrefix(key, "house-subcommittee-"),
		strings.HasPrefix(key, "house-of-representatives-") || strings.HasPrefix(key, "us-house-of-representatives-") ||
			strings.HasPrefix(key, "united-states-house-of-representatives-"),
		strings.HasSuffix(key, "-house-of-representatives") &&
			(strings.HasPrefix(key, "committee-") || strings.HasPrefix(key, "subcommittee-") || strings.HasPrefix(key, "us-")):
		return officeHouse
	}
	return ""
}

// congressTerm returns the first year of the two-year Congress a date
// (YYYY-MM-DD or YYYY) falls in, or 0 for no date. A Congress starts on
// January 3 of an odd year.
func congressTerm(date string) int {
	y := graph.Year(date)
	if y == 0 {
		return 0
	}
	if y%2 == 0 {
		return y - 1
	}
	if len(date) >= 10 && date[4:] < "-01-03" {
		return y - 2
	}
	return y
}

// letterContext is what a letter says about all its signers.
type letterContext struct {
	year int
	term int // the Congress it was written in (first year), 0 when undated
	// office is the chamber the letter comes from, by its letterhead: a
	// signer with no organization and no title of their own sits there.
	office string
	// org is the key of the organization the letter comes from (its
	// letterhead, or "on behalf of"), when that organization is known to
	// the load: a signer with no organization of their own signs for it.
	org string
}

// letterhead returns the lines printed above a letter's date (at most
// four, without blank lines), where a letter names who sends it.
func letterhead(l *graph.Letter) []string {
	n := l.Lines["date"]
	if n <= 1 || n > 8 || l.Text == "" {
		return nil
	}
	var out []string
	for i, line := range strings.SplitN(l.Text, "\n", n) {
		if i == n-1 {
			break
		}
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, strings.TrimRight(line, ",;:"))
		}
	}
	if len(out) > 4 {
		out = out[:4]
	}
	return out
}

// letterOffice reads the chamber a letter comes from off its letterhead:
// "U.S. Senate" (also with a committee), "House of Representatives", or
// "Congress of the United States", which both chambers print; then the
// letter's title and body decide, when they speak of one chamber only
// ("a bipartisan group of House members").
func letterOffice(l *graph.Letter, head []string) string {
	key := "-" + personKey(strings.Join(head, " ")) + "-"
	switch {
	case strings.Contains(key, "-us-senate-") || strings.Contains(key, "-united-states-senate-"):
		return officeSenate
	case strings.Contains(key, "-house-of-representatives-"):
		return officeHouse
	case !strings.Contains(key, "-congress-of-the-united-states-"):
		return ""
	}
	words := "-" + personKey(l.Title+" "+l.Body) + "-"
	house := strings.Contains(words, "-house-members-") || strings.Contains(words, "-members-of-the-house-") ||
		strings.Contains(words, "-house-of-representatives-") || strings.Contains(words, "-representatives-")
	senate := strings.Contains(words, "-senators-") || strings.Contains(words, "-senate-")
	switch {
	case house && !senate:
		return officeHouse
	case senate && !house:
		return officeSenate
	}
	return ""
}

// letterClues is what a letter's text says about who sends it, read once
// (a load keeps these, not the text, while it resolves names): its
// letterhead, the chamber it comes from, and the names it is sent "on
// behalf of", in the order printed.
type letterClues struct {
	head     []string
	office   string
	behalfOf []string
}

// readLetterClues reads a letter's clues; none when it has no text.
func readLetterClues(l *graph.Letter) letterClues {
	if l.Text == "" {
		return letterClues{}
	}
	head := letterhead(l)
	return letterClues{head: head, office: letterOffice(l, head), behalfOf: behalfOf(l.Text)}
}

// behalfOf returns the names printed after each "behalf of ", to the end
// of the line or the first comma, semicolon or colon, without a final period.
func behalfOf(text string) []string {
	var out []string
	for {
		i := strings.Index(text, "behalf of ")
		if i < 0 {
			return out
		}
		text = text[i+len("behalf of "):]
		name, _, _ := strings.Cut(text, "\n")
		if j := strings.IndexAny(name, ",;:"); j >= 0 {
			name = name[:j]
		}
		out = append(out, strings.TrimRight(strings.TrimSpace(name), "."))
	}
}

// letterOrganization returns the key of the organization a letter's
// letterhead names (one line or several read together: "Veterans of
// Foreign Wars of" / "the United States"), or that it is sent "on behalf
// of", when that name is an organization the load knows.
func (r *Resolver) letterOrganization(c letterClues) string {
	for i := range c.head {
		for j := i + 1; j <= len(c.head); j++ {
			if key := r.knownOrganization(strings.Join(c.head[i:j], " ")); key != "" {
				return key
			}
		}
	}
	for _, name := range c.behalfOf {
		if key := r.knownOrganization(name); key != "" {
			return key
		}
	}
	return ""
}

// knownOrganization returns the final key of a name printed as an
// organization somewhere in the load, or "".
func (r *Resolver) knownOrganization(name string) string {
	base, _ := SplitAcronym(name)
	key := r.aliases.organization(organizationKey(base))
	if r.orgs[key] == nil {
		return ""
	}
	return r.finalOrganization(key)
}

// letterContext reads a letter's context from its date and clues, once
// the load's organizations are known.
func (r *Resolver) letterContext(l *graph.Letter, c letterClues) letterContext {
	return letterContext{year: graph.Year(l.Date), term: congressTerm(l.Date), office: c.office, org: r.letterOrganization(c)}
}

// signerOffice returns the chamber a signatory sits in: by their title, by
// the organization they sign for, or, with no organization of their own, by
// the letter's letterhead (the signers of a letter on Senate paper are
// senators, whatever committee title they add).
func (r *Resolver) signerOffice(s graph.Signatory, orgKey string, lc letterContext) string {
	if o := r.cachedTitleOffice(s.Title); o != "" {
		return o
	}
	if orgKey != "" {
		return r.orgs[orgKey].office
	}
	return lc.office
}

// partyOffice returns the chamber a named recipient or cc sits in, by
// their title or organization ("Chairman", "Committee on Finance, U.S.
// Senate"). The letterhead says nothing about them.
func (r *Resolver) partyOffice(p graph.Party) string {
	if o := r.cachedTitleOffice(p.Title); o != "" {
		return o
	}
	if p.Organization == "" {
		return ""
	}
	o, ok := r.partyOffices[p.Organization]
	if !ok {
		base, _ := SplitAcronym(p.Organization)
		o = organizationOffice(organizationKey(base))
		r.partyOffices[p.Organization] = o
	}
	return o
}

func (r *Resolver) cachedTitleOffice(title string) string {
	if title == "" {
		return ""
	}
	o, ok := r.titleOffices[title]
	if !ok {
		o = titleOffice(title)
		r.titleOffices[title] = o
	}
	return o
}

// place is where a person acted in a letter, for comparing two people: the
// organization they signed for, else the letter's organization, else the
// chamber they sit in ("org:…" or "office:…"), or "" for none.
func place(orgKey string, lc letterContext, office string) string {
	switch {
	case orgKey != "":
		return orgPrefix + orgKey
	case lc.org != "":
		return orgPrefix + lc.org
	case office != "":
		return officePrefix + office
	}
	return ""
}

// termLabel prints a Congress: "2009–2010".
func termLabel(term int) string {
	return strconv.Itoa(term) + "–" + strconv.Itoa(term+1)
}
