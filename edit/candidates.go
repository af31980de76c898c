package edit

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

// The review lists the pairs of organizations and people that may be one,
// most likely first, each side with what the graph knows of it. The pairs
// are the loader's duplicate candidates, found over the whole graph (its
// entities' names, as each letter's signatures give them); a pair decided
// different, or no longer two entities, is left out.

// candidateCache keeps the candidates until the graph changes.
type candidateCache struct {
	stamp string
	list  []*graph.DuplicateCandidate
}

// Candidates returns a page of candidate pairs of one kind ("" for both),
// most likely first, and how many there are.
func (s *Service) Candidates(ctx context.Context, kind string, p graph.Page) ([]*graph.DuplicateCandidate, int, error) {
	all, err := s.allCandidates(ctx)
	if err != nil {
		return nil, 0, err
	}
	var list []*graph.DuplicateCandidate
	for _, c := range all {
		if kind == "" || c.Kind == kind {
			list = append(list, c)
		}
	}
	total := len(list)
	from := min(p.Offset, total)
	return list[from:min(from+p.First, total)], total, nil
}

func (s *Service) allCandidates(ctx context.Context) ([]*graph.DuplicateCandidate, error) {
	stamp, err := s.store.ReviewStamp(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.candidates.stamp == stamp && s.candidates.list != nil {
		list := s.candidates.list
		s.mu.Unlock()
		return list, nil
	}
	s.mu.Unlock()
	g, err := s.store.ReviewGraph(ctx)
	if err != nil {
		return nil, err
	}
	list := findCandidates(g)
	s.mu.Lock()
	s.candidates = candidateCache{stamp: stamp, list: list}
	s.mu.Unlock()
	return list, nil
}

// findCandidates runs the loader's duplicate finder over the graph's
// signatures and weighs each pair by what the graph says of both.
func findCandidates(g *graph.ReviewGraph) []*graph.DuplicateCandidate {
	facts := gatherFacts(g)
	res := loader.NewResolver(nil)
	res.Resolve(signedLetters(g))
	byResolved := map[string]string{} // the id the loader gives a name → the graph's id
	for _, id := range sortedIDs(g.Entities) {
		e := g.Entities[id]
		rid := loader.PersonID(e.Name)
		if e.Kind == graph.KindOrganization {
			rid = loader.OrganizationID(e.Name)
		}
		if _, ok := byResolved[rid]; !ok {
			byResolved[rid] = id
		}
	}
	seen := map[[2]string]bool{}
	var out []*graph.DuplicateCandidate
	for _, d := range res.Duplicates() {
		a, b := byResolved[d.AID], byResolved[d.BID]
		if a == "" || b == "" || a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		if seen[[2]string{a, b}] || g.Apart[[2]string{a, b}] {
			continue
		}
		seen[[2]string{a, b}] = true
		out = append(out, weigh(d.Kind, d.Reason, facts[a], facts[b], facts))
	}
	slices.SortFunc(out, func(x, y *graph.DuplicateCandidate) int {
		if x.Score != y.Score {
			if x.Score > y.Score {
				return -1
			}
			return 1
		}
		return strings.Compare(x.Kind+x.A.Name+x.B.Name, y.Kind+y.A.Name+y.B.Name)
	})
	return out
}

// signedLetters turns the graph's signatures back into letters for the
// loader's finder: each person with their title and organization, each
// organization that signed alone by its name.
func signedLetters(g *graph.ReviewGraph) []*graph.Letter {
	name := func(id string) string {
		if e := g.Entities[id]; e != nil {
			return e.Name
		}
		return ""
	}
	out := make([]*graph.Letter, 0, len(g.Letters))
	for _, rl := range g.Letters {
		l := &graph.Letter{ID: rl.ID, SHA256: rl.ID, Date: rl.Date}
		through := map[string]bool{}
		for _, s := range rl.Signers {
			l.Signatories = append(l.Signatories, graph.Signatory{Name: name(s.PersonID), Title: s.Title, Organization: name(s.OrganizationID)})
			through[s.OrganizationID] = true
		}
		for _, o := range rl.Organizations {
			if !through[o] {
				l.Signatories = append(l.Signatories, graph.Signatory{Organization: name(o)})
			}
		}
		out = append(out, l)
	}
	return out
}

// entityFacts is what the graph says of one entity.
type entityFacts struct {
	side      *graph.CandidateSide
	letters   map[string]bool
	coSigners map[string]int // organization id → letters shared with it
}

func gatherFacts(g *graph.ReviewGraph) map[string]*entityFacts {
	facts := map[string]*entityFacts{}
	get := func(id string) *entityFacts {
		f := facts[id]
		if f == nil {
			e := g.Entities[id]
			if e == nil {
				return nil
			}
			f = &entityFacts{side: &graph.CandidateSide{ID: id, Name: e.Name, Honorific: e.Honorific, Aliases: e.Aliases},
				letters: map[string]bool{}, coSigners: map[string]int{}}
			facts[id] = f
		}
		return f
	}
	titles := map[string]map[string]bool{}
	addTitle := func(id, t string) {
		if titles[id] == nil {
			titles[id] = map[string]bool{}
		}
		titles[id][t] = true
	}
	letters := append([]graph.ReviewLetter(nil), g.Letters...)
	slices.SortFunc(letters, func(a, b graph.ReviewLetter) int { return strings.Compare(b.Date+b.ID, a.Date+a.ID) })
	for _, l := range letters {
		var signers []string
		for _, o := range l.Organizations {
			signers = append(signers, o)
		}
		for _, s := range l.Signers {
			signers = append(signers, s.PersonID)
			org := ""
			if e := g.Entities[s.OrganizationID]; e != nil {
				org = e.Name
				if p := g.Entities[s.PersonID]; p != nil {
					addTitle(s.OrganizationID, joinNonEmpty(p.Name, s.Title))
				}
			}
			addTitle(s.PersonID, joinNonEmpty(s.Title, org))
		}
		for _, id := range signers {
			f := get(id)
			if f == nil || f.letters[l.ID] {
				continue
			}
			f.letters[l.ID] = true
			f.side.LetterIDs = append(f.side.LetterIDs, l.ID)
			if l.Date != "" {
				if f.side.FirstDate == "" || l.Date < f.side.FirstDate {
					f.side.FirstDate = l.Date
				}
				if l.Date > f.side.LastDate {
					f.side.LastDate = l.Date
				}
			}
			for _, o := range l.Organizations {
				if o != id {
					f.coSigners[o]++
				}
			}
		}
	}
	for id, f := range facts {
		for t := range titles[id] {
			if t != "" {
				f.side.Titles = append(f.side.Titles, t)
			}
		}
		slices.Sort(f.side.Titles)
	}
	return facts
}

// reasonWeights weigh how the names relate (the loader's reasons); a
// reason not listed weighs 1.
var reasonWeights = map[string]float64{
	"same words in another order, or abbreviated":               2.5,
	"same first and last name; middle names or suffixes differ": 2.5,
	"names differ by one or two letters":                        1.5,
}

// weigh scores a pair: how the names relate, plus co-signers in common
// and a title at one organization, less letters both signed.
func weigh(kind, reason string, a, b *entityFacts, all map[string]*entityFacts) *graph.DuplicateCandidate {
	c := &graph.DuplicateCandidate{Kind: kind, A: a.side, B: b.side, Reason: reason, Score: 1}
	if w, ok := reasonWeights[reason]; ok {
		c.Score = w
	} else if strings.HasPrefix(reason, "same last name and first initial at") {
		c.Score = 2
	}
	c.Evidence = append(c.Evidence, "names: "+reason)
	shared, union := 0, len(a.coSigners)
	for o := range b.coSigners {
		if _, ok := a.coSigners[o]; ok {
			shared++
			c.SharedCoSigners = append(c.SharedCoSigners, o)
		} else {
			union++
		}
	}
	slices.SortFunc(c.SharedCoSigners, func(x, y string) int {
		nx, ny := a.coSigners[x]+b.coSigners[x], a.coSigners[y]+b.coSigners[y]
		if nx != ny {
			return ny - nx
		}
		return strings.Compare(x, y)
	})
	for i, id := range c.SharedCoSigners {
		if f := all[id]; f != nil {
			c.SharedCoSigners[i] = f.side.Name
		}
	}
	if shared > 0 {
		j := float64(shared) / float64(union)
		c.Score += 2 * j
		c.Evidence = append(c.Evidence, fmt.Sprintf("for: %s in common (Jaccard %.2f)", plural(shared, "co-signer"), j))
	}
	for l := range a.letters {
		if b.letters[l] {
			c.SharedLetters++
		}
	}
	if c.SharedLetters > 0 {
		c.Score -= 3
		c.Evidence = append(c.Evidence, fmt.Sprintf("against: both signed %s (two names on one letter are nearly always two entities)", plural(c.SharedLetters, "letter")))
	}
	if overlap := commonTitles(a.side.Titles, b.side.Titles); kind == graph.KindPerson && overlap != "" {
		c.Score += 1
		c.Evidence = append(c.Evidence, "for: both "+overlap)
	}
	c.Score = math.Round(c.Score*100) / 100
	return c
}

// commonTitles names a title and organization both people signed with.
func commonTitles(a, b []string) string {
	for _, t := range a {
		if slices.Contains(b, t) && strings.Contains(t, ", ") {
			return t
		}
	}
	return ""
}

func joinNonEmpty(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, ", ")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func sortedIDs[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
