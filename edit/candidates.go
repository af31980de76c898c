package edit

import (
	"context"
	"slices"
	"strings"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

// The review lists the pairs of organizations and people that may be one,
// most likely first, each side with what the graph knows of it. The pairs,
// their scores and evidence are the loader's duplicate candidates (the ones
// `load --report` ranks), found over the whole graph: its letters' signatures
// are handed to the loader's resolver by the graph's names. A pair decided
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
	res := loader.NewResolver(pinned(g))
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
	for _, c := range res.Candidates() { // most likely first
		a, b := byResolved[c.AID], byResolved[c.BID]
		if a == "" || b == "" || a == b || facts[a] == nil || facts[b] == nil {
			continue
		}
		key := [2]string{min(a, b), max(a, b)}
		if seen[key] || g.Apart[key] {
			continue
		}
		seen[key] = true
		out = append(out, sideBySide(c, facts[a], facts[b], facts))
	}
	return out
}

// pinned pins every name in the graph (an aliases line "Name =" each): the
// graph's entities already went through the loader's merge rules when they
// were loaded, so the finder may pair them but must merge none of them.
func pinned(g *graph.ReviewGraph) *loader.Aliases {
	var b strings.Builder
	seen := map[string]bool{}
	for _, id := range sortedIDs(g.Entities) {
		e := g.Entities[id]
		key, prefix := loader.OrganizationID(e.Name), ""
		if e.Kind == graph.KindPerson {
			key, prefix = loader.PersonID(e.Name), "person: "
		}
		if seen[key] || strings.ContainsAny(e.Name, "=;#\n") {
			continue
		}
		seen[key] = true
		b.WriteString(prefix + e.Name + " =\n")
	}
	a, err := loader.ParseAliases("the graph's names", strings.NewReader(b.String()))
	if err != nil {
		return nil // a name the file format cannot hold: the rules may run
	}
	return a
}

// signedLetters turns the graph's signatures back into letters for the
// loader's finder: each person with their title and organization, each
// organization that signed alone by its name, and an organization's
// acronym beside its name the first time it appears, as letters print it.
func signedLetters(g *graph.ReviewGraph) []*graph.Letter {
	printed := map[string]bool{}
	name := func(id string) string {
		e := g.Entities[id]
		if e == nil {
			return ""
		}
		if e.Kind == graph.KindOrganization && !printed[id] {
			printed[id] = true
			return withAcronym(e)
		}
		return e.Name
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

// sideBySide is a loader candidate with what the graph says of both
// sides: the loader's score and evidence, and the co-signers and letters
// they share.
func sideBySide(lc loader.Candidate, a, b *entityFacts, all map[string]*entityFacts) *graph.DuplicateCandidate {
	c := &graph.DuplicateCandidate{Kind: lc.Kind, A: a.side, B: b.side, Score: lc.Score, Reason: lc.Reason,
		Evidence: append([]string{"names: " + lc.Reason}, lc.Evidence...)}
	for o := range b.coSigners {
		if _, ok := a.coSigners[o]; ok {
			c.SharedCoSigners = append(c.SharedCoSigners, o)
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
	for l := range a.letters {
		if b.letters[l] {
			c.SharedLetters++
		}
	}
	return c
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

func sortedIDs[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// withAcronym is an organization's name with its first acronym alias in
// parentheses, when it has one the loader reads as an acronym.
func withAcronym(e *graph.ReviewEntity) string {
	for _, a := range e.Aliases {
		full := e.Name + " (" + a + ")"
		if base, acronym := loader.SplitAcronym(full); base == e.Name && acronym == a {
			return full
		}
	}
	return e.Name
}
