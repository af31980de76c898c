package loader

import (
	"strings"

	"github.com/coalition-graph/coalition/graph"
)

// LetterNames keeps what entity resolution reads of many letters, and no
// more: each letter's identity, date, title and source, its signatories'
// names, titles, organizations and lines, its recipients and cc, and the
// clues its text gives of who sends it. A load resolves names across all
// its letters, so it keeps these for every letter, then reads each letter
// again to write it: at 100,000 letters the letters themselves are
// gigabytes, their names about a hundred megabytes. Names, titles and
// organizations are stored once each, as numbers; the zero value is empty.
type LetterNames struct {
	strs    []string          // strs[0] is ""
	number  map[string]uint32 // string → its place in strs
	letters []namedLetter
}

type namedLetter struct {
	id, sha256, source, date, title string
	signers                         []namedSigner
	affiliations                    []uint32 // the signers' affiliations, in order
	parties                         []namedParty
	recipients                      int // parties[:recipients] are recipients, the rest cc
	clues                           letterClues
}

type namedSigner struct {
	honorific, name, title, organization uint32
	line                                 int32
	affiliations                         uint32 // how many of the letter's affiliations are this signer's
}

type namedParty struct {
	honorific, name, title, organization uint32
}

// Add keeps the names of a letter, which has its identity (SetIdentity),
// and returns its number: the i of Resolver.Import.
func (n *LetterNames) Add(l *graph.Letter) int {
	nl := namedLetter{
		id: strings.Clone(l.ID), sha256: strings.Clone(l.SHA256), source: n.str(l.Source),
		date: n.str(l.Date), title: strings.Clone(l.Title), recipients: len(l.Recipients),
		signers: make([]namedSigner, len(l.Signatories)),
		parties: make([]namedParty, 0, len(l.Recipients)+len(l.CC)),
		clues:   cloneClues(readLetterClues(l)),
	}
	for i, s := range l.Signatories {
		nl.signers[i] = namedSigner{honorific: n.num(s.Honorific), name: n.num(s.Name), title: n.num(s.Title),
			organization: n.num(s.Organization), line: int32(s.Line), affiliations: uint32(len(s.Affiliations))}
		for _, a := range s.Affiliations {
			nl.affiliations = append(nl.affiliations, n.num(a))
		}
	}
	for _, p := range append(l.Recipients[:len(l.Recipients):len(l.Recipients)], l.CC...) {
		nl.parties = append(nl.parties, namedParty{n.num(p.Honorific), n.num(p.Name), n.num(p.Title), n.num(p.Organization)})
	}
	n.letters = append(n.letters, nl)
	return len(n.letters) - 1
}

// SHA256 returns the identity of letter i.
func (n *LetterNames) SHA256(i int) string { return n.letters[i].sha256 }

// Len is how many letters were added.
func (n *LetterNames) Len() int { return len(n.letters) }

// num stores s once and returns its number.
func (n *LetterNames) num(s string) uint32 {
	if s == "" {
		return 0
	}
	if k, ok := n.number[s]; ok {
		return k
	}
	if n.number == nil {
		n.number, n.strs = map[string]uint32{}, []string{""}
	}
	// A clone: the parser's strings point into the letter's whole text.
	n.strs = append(n.strs, strings.Clone(s))
	n.number[n.strs[len(n.strs)-1]] = uint32(len(n.strs) - 1)
	return uint32(len(n.strs) - 1)
}

// str stores s once and returns the stored copy.
func (n *LetterNames) str(s string) string { return n.strs[n.num(s)] }

func (n *LetterNames) count() int { return len(n.letters) }

func (n *LetterNames) clues(i int) letterClues { return n.letters[i].clues }

// letter returns letter i as far as names go: what the resolver reads.
func (n *LetterNames) letter(i int) *graph.Letter {
	nl := &n.letters[i]
	l := &graph.Letter{ID: nl.id, SHA256: nl.sha256, Source: nl.source, Date: nl.date, Title: nl.title,
		Signatories: make([]graph.Signatory, len(nl.signers))}
	affiliations := nl.affiliations
	for j, s := range nl.signers {
		l.Signatories[j] = graph.Signatory{Honorific: n.strs[s.honorific], Name: n.strs[s.name], Title: n.strs[s.title],
			Organization: n.strs[s.organization], Line: int(s.line)}
		for _, a := range affiliations[:s.affiliations] {
			l.Signatories[j].Affiliations = append(l.Signatories[j].Affiliations, n.strs[a])
		}
		affiliations = affiliations[s.affiliations:]
	}
	for j, p := range nl.parties {
		party := graph.Party{Honorific: n.strs[p.honorific], Name: n.strs[p.name], Title: n.strs[p.title], Organization: n.strs[p.organization]}
		if j < nl.recipients {
			l.Recipients = append(l.Recipients, party)
		} else {
			l.CC = append(l.CC, party)
		}
	}
	return l
}

func cloneClues(c letterClues) letterClues {
	out := letterClues{office: c.office}
	for _, h := range c.head {
		out.head = append(out.head, strings.Clone(h))
	}
	for _, b := range c.behalfOf {
		out.behalfOf = append(out.behalfOf, strings.Clone(b))
	}
	return out
}
