package edit

import (
	"context"
	"fmt"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

// Draft returns a stored letter as a draft to correct.
func (s *Service) Draft(ctx context.Context, letterID string) (*graph.LetterDraft, error) {
	return s.store.LetterDraft(ctx, letterID)
}

// Save writes a draft: a new letter when it has no id, else a correction
// of that letter from the version the analyst started at. Every field is
// checked first (graph.LetterDraft.Validate); names are resolved as a load
// resolves them, with the graph's merge decisions, except those the
// analyst picked from the graph, which keep their entity.
func (s *Service) Save(ctx context.Context, d *graph.LetterDraft, by string) (graph.SaveResult, error) {
	if d.ID != "" {
		stored, err := s.store.LetterDraft(ctx, d.ID)
		if err != nil {
			return graph.SaveResult{}, err
		}
		if stored.Version != d.Version { // checked again as the save commits
			return graph.SaveResult{}, graph.VersionConflict(stored.CorrectedBy, stored.CorrectedAt, stored.Version, d.Version)
		}
		d.Text, d.SHA256 = stored.Text, stored.SHA256
		if d.Source == "" {
			d.Source = stored.Source
		}
	}
	if err := d.Validate(); err != nil {
		return graph.SaveResult{}, err
	}
	if err := s.fillPicked(ctx, d); err != nil {
		return graph.SaveResult{}, err
	}
	letter, err := s.letterOf(ctx, d)
	if err != nil {
		return graph.SaveResult{}, err
	}
	aliases, err := s.DecisionAliases(ctx)
	if err != nil {
		return graph.SaveResult{}, err
	}
	li := loader.NewResolver(aliases).Resolve([]*graph.Letter{letter})[0]
	keepPicks(&li, d)
	var res graph.SaveResult
	if d.ID == "" {
		res, err = s.store.CreateLetter(ctx, li, d, by)
	} else {
		res, err = s.store.CorrectLetter(ctx, li, d, d.Version, by)
	}
	if err != nil {
		return graph.SaveResult{}, err
	}
	return res, s.wrote(ctx, res)
}

// letterOf builds the letter a draft says. A new letter's text is parsed
// again for what the draft does not edit (salutation, body, asks,
// closing); a letter read from JSON or CSV has no text and keeps the hash
// its parse gave.
func (s *Service) letterOf(ctx context.Context, d *graph.LetterDraft) (*graph.Letter, error) {
	l := &graph.Letter{ID: d.ID, SHA256: d.SHA256, Source: orDefault(d.Source, "added in the explorer"), Text: d.Text}
	if d.ID == "" && d.Text != "" {
		known, err := s.store.OrganizationNames(ctx)
		if err != nil {
			return nil, err
		}
		parsed, err := loader.ParseWith(l.Source, d.Text, loader.Options{KnownOrganizations: known})
		if err == nil {
			l = parsed
			l.Source = orDefault(d.Source, "added in the explorer")
		}
		l.SHA256, l.ID = "", ""
	}
	loader.ApplyDraft(l, d)
	loader.SetIdentity(l)
	return l, nil
}

// fillPicked checks the entities the analyst picked from the graph and
// writes their names into the draft, so they resolve like any name.
func (s *Service) fillPicked(ctx context.Context, d *graph.LetterDraft) error {
	var orgIDs, personIDs []string
	for _, sig := range d.Signatories {
		if sig.OrganizationID != "" {
			orgIDs = append(orgIDs, sig.OrganizationID)
		}
		if sig.PersonID != "" {
			personIDs = append(personIDs, sig.PersonID)
		}
	}
	orgs, err := s.store.OrganizationsByID(ctx, orgIDs)
	if err != nil {
		return err
	}
	people, err := s.store.PeopleByID(ctx, personIDs)
	if err != nil {
		return err
	}
	var missing []string
	for i := range d.Signatories {
		sig := &d.Signatories[i]
		if id := sig.OrganizationID; id != "" {
			if o := orgs[id]; o != nil {
				sig.Organization = o.Name
			} else {
				missing = append(missing, fmt.Sprintf("signatories[%d].organizationId: %s is not in the graph (merged or removed since?)", i, id))
			}
		}
		if id := sig.PersonID; id != "" && people[id] == nil {
			missing = append(missing, fmt.Sprintf("signatories[%d].personId: %s is not in the graph (merged or removed since?)", i, id))
		}
	}
	if len(missing) > 0 {
		return graph.Errorf(graph.EINVALID, "the letter cannot be saved: %s", join(missing))
	}
	return nil
}

// keepPicks gives each signature the entities the analyst picked and the
// draft's provenance and confidence. A signature's position is its
// signatory's place in the draft, from 1.
func keepPicks(li *graph.LetterImport, d *graph.LetterDraft) {
	for i := range li.Signatures {
		sig := &li.Signatures[i]
		ds := d.Signatories[sig.Position-1]
		if ds.OrganizationID != "" {
			sig.OrganizationID, sig.Organization, sig.Aliases = ds.OrganizationID, ds.Organization, nil
		}
		if ds.PersonID != "" && sig.PersonID != "" {
			sig.PersonID = ds.PersonID
		}
		sig.Provenance, sig.Confidence = ds.Provenance, ds.Confidence
		if sig.Provenance == "" {
			sig.Provenance = graph.ProvenanceCorrected
		}
	}
}

func join(items []string) string {
	out := ""
	for i, it := range items {
		if i > 0 {
			out += "; "
		}
		out += it
	}
	return out
}
