// Package corpus generates synthetic plain-text sign-on letters for
// benchmarks: deterministic for a seed, shaped like the real letters the
// loader reads (date, address block, salutation, one-paragraph body, closing,
// signatures in mixed layouts, an optional cc line), and with the skew of a
// real corpus: a few organizations sign most letters, most sign few, people
// change titles and organizations over the years, coalitions recur.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
)

// Letter is one generated letter. Organizations are its signatures'
// organizations in order, one per signature, so a test can check the parser
// found them all.
type Letter struct {
	Name          string // file name, e.g. "000042_voting-2013.txt"
	Text          string
	Organizations []string
}

// Generate returns n letters; the same seed and n give the same letters.
func Generate(seed int64, n int) []Letter {
	w := newWorld(seed, n)
	out := make([]Letter, n)
	for i := range out {
		out[i] = w.letter(i)
	}
	return out
}

// world is the cast the letters draw on: organizations, people, coalitions
// and recipients, fixed before the first letter is written.
type world struct {
	rng        *rand.Rand
	orgs       []string
	zipf       *rand.Zipf // organization popularity: index 0 is the busiest
	people     []string
	coalitions [][]int // organization indexes that sign together again and again
}

func newWorld(seed int64, letters int) *world {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x5eed))
	w := &world{rng: rng}
	// 4 organizations for every 10 letters, as in the brief; at least enough
	// for a large letter to find distinct signers.
	nOrgs := max(4*letters/10, 300)
	w.orgs = uniqueNames(rng, nOrgs, orgName)
	w.people = uniqueNames(rng, nOrgs, personName)
	w.zipf = rand.NewZipf(rng, 1.1, 2, uint64(nOrgs-1))
	for range max(letters/50, 3) {
		size := 4 + rng.IntN(20)
		c := make([]int, 0, size)
		for range size {
			c = append(c, w.popularOrg())
		}
		w.coalitions = append(w.coalitions, c)
	}
	return w
}

func (w *world) popularOrg() int { return int(w.zipf.Uint64()) }

func uniqueNames(rng *rand.Rand, n int, gen func(*rand.Rand) string) []string {
	seen := map[string]bool{}
	out := make([]string, 0, n)
	for tries := 0; len(out) < n; tries++ {
		name := gen(rng)
		if tries > 20*n { // word lists exhausted: number the rest
			name = fmt.Sprintf("%s %d", name, len(out))
		}
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

func pick(rng *rand.Rand, words []string) string { return words[rng.IntN(len(words))] }

func orgName(rng *rand.Rand) string {
	switch rng.IntN(4) {
	case 0:
		return pick(rng, orgScopes) + " " + pick(rng, orgKinds) + " for " + pick(rng, causes)
	case 1:
		return pick(rng, orgScopes) + " " + pick(rng, causeAdjectives) + " " + pick(rng, orgKinds)
	case 2:
		return pick(rng, places) + " " + pick(rng, orgKinds) + " for " + pick(rng, causes)
	default:
		return pick(rng, places) + " " + pick(rng, causeAdjectives) + " " + pick(rng, orgKinds)
	}
}

func personName(rng *rand.Rand) string {
	first, last := pick(rng, firstNames), pick(rng, lastNames)
	if rng.IntN(4) == 0 {
		return first + " " + string(rune('A'+rng.IntN(26))) + ". " + last
	}
	return first + " " + last
}

// signer is who signs for an organization in a year. People hold a post for
// an era of six years and are promoted every three, and the same person is
// drawn for different organizations in different eras: people move.
func (w *world) signer(org, year int) (person, title string) {
	era := (year + org) / 6
	h := mix(uint64(org), uint64(era))
	person = w.people[h%uint64(len(w.people))]
	title = titles[mix(h, uint64((year+org)/3))%uint64(len(titles))]
	return person, title
}

func mix(a, b uint64) uint64 {
	x := a*0x9e3779b97f4a7c15 ^ (b + 0x632be59bd9b4e019)
	x ^= x >> 31
	x *= 0xbf58476d1ce4e5b9
	return x ^ x>>29
}

// signers picks a letter's organizations: often a recurring coalition plus
// some others, always distinct. Sizes are heavy-tailed: most letters have a
// handful of signers, a few have hundreds.
func (w *world) signers() []int {
	var size int
	switch r := w.rng.IntN(100); {
	case r < 70:
		size = 2 + w.rng.IntN(12)
	case r < 95:
		size = 14 + w.rng.IntN(46)
	default:
		size = 60 + w.rng.IntN(190)
	}
	seen := map[int]bool{}
	var out []int
	add := func(o int) {
		if !seen[o] && len(out) < size {
			seen[o] = true
			out = append(out, o)
		}
	}
	if w.rng.IntN(2) == 0 {
		for _, o := range w.coalitions[w.rng.IntN(len(w.coalitions))] {
			add(o)
		}
	}
	for tries := 0; len(out) < size && tries < 20*size; tries++ {
		add(w.popularOrg())
	}
	return out
}

func (w *world) letter(i int) Letter {
	rng := w.rng
	year := 2000 + rng.IntN(25)
	cause := pick(rng, causes)
	var b strings.Builder
	fmt.Fprintf(&b, "%s %d, %d\n\n", months[rng.IntN(12)], 1+rng.IntN(28), year)
	rc := recipients[rng.IntN(len(recipients))]
	fmt.Fprintf(&b, "The Honorable %s\n%s\n%s\nWashington, DC %s\n\n", rc.name, rc.title, rc.body, rc.zip)
	fmt.Fprintf(&b, "Dear %s:\n\n", rc.salutation)
	fmt.Fprintf(&b, "We, the undersigned organizations, write to urge you to %s. %s %s We stand ready to work with you on %s.\n\n",
		pick(rng, asks), pick(rng, reasons), pick(rng, reasons), strings.ToLower(cause))
	b.WriteString(pick(rng, closings) + ",\n\n")
	orgs := w.signers()
	switch rng.IntN(3) {
	case 0:
		w.blocks(&b, orgs, year)
	case 1:
		w.lines(&b, orgs, year)
	default:
		w.list(&b, orgs)
	}
	if rng.IntN(3) == 0 {
		cc := recipients[rng.IntN(len(recipients))]
		fmt.Fprintf(&b, "\nCc: The Honorable %s, %s\n", cc.name, cc.title)
	}
	names := make([]string, len(orgs))
	for k, o := range orgs {
		names[k] = w.orgs[o]
	}
	slug := strings.ToLower(strings.Fields(cause)[0])
	return Letter{Name: fmt.Sprintf("%06d_%s-%d.txt", i, slug, year), Text: b.String(), Organizations: names}
}

// blocks writes name, title and organization on their own lines, long
// organization names wrapped as a narrow signature column would.
func (w *world) blocks(b *strings.Builder, orgs []int, year int) {
	for _, o := range orgs {
		person, title := w.signer(o, year)
		fmt.Fprintf(b, "%s\n%s\n%s\n\n", person, title, wrap(w.orgs[o], 28))
	}
}

// lines writes "Name, Title, Organization", one signature a line.
func (w *world) lines(b *strings.Builder, orgs []int, year int) {
	for _, o := range orgs {
		person, title := w.signer(o, year)
		fmt.Fprintf(b, "%s, %s, %s\n", person, title, w.orgs[o])
	}
}

// list writes organizations alone, one a line, the national ones sometimes
// under headings as big coalition letters do.
func (w *world) list(b *strings.Builder, orgs []int) {
	headed := len(orgs) >= 6 && w.rng.IntN(2) == 0
	for i, o := range orgs {
		if headed && i == 0 {
			b.WriteString("National Organizations\n\n")
		}
		if headed && i == len(orgs)/2 {
			b.WriteString("\nState and Local Organizations\n\n")
		}
		b.WriteString(w.orgs[o] + "\n")
	}
}

// wrap breaks a long name in two, as a narrow signature column does, at
// the last space that keeps the first line within width. It breaks only
// where a reader sees a continuation: before a lowercase word ("of Ohio")
// or a last word that names a kind of organization ("Institute"); a
// continuation such as "Press Freedom" could be a new name, and the parser
// reads it as one.
func wrap(s string, width int) string {
	if len(s) <= width {
		return s
	}
	words := strings.Fields(s)
	for i := len(words) - 1; i > 0; i-- {
		head, rest := strings.Join(words[:i], " "), words[i:]
		if len(head) > width {
			continue
		}
		if unicode.IsLower(rune(rest[0][0])) || len(rest) == 1 && slices.Contains(orgKinds, rest[0]) {
			return head + "\n" + strings.Join(rest, " ")
		}
	}
	return s
}

// Large returns one letter signed by n distinct organizations, listed one a
// line under the two headings of a big coalition letter: the joint
// statements that gather thousands of signers.
func Large(seed int64, n int) Letter {
	w := newWorld(seed, 3*n)
	rng := w.rng
	var b strings.Builder
	rc := recipients[0]
	fmt.Fprintf(&b, "March 3, 2024\n\nThe Honorable %s\n%s\n%s\nWashington, DC %s\n\n", rc.name, rc.title, rc.body, rc.zip)
	fmt.Fprintf(&b, "Dear %s:\n\n", rc.salutation)
	fmt.Fprintf(&b, "We, the undersigned organizations, write to urge you to %s. %s\n\n", pick(rng, asks), pick(rng, reasons))
	b.WriteString("Sincerely,\n\n")
	orgs := make([]int, n)
	for i := range orgs {
		orgs[i] = i
	}
	w.list(&b, orgs)
	return Letter{Name: fmt.Sprintf("large_%d.txt", n), Text: b.String(), Organizations: w.orgs[:n]}
}
