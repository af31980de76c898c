package loader

import (
	"bytes"
	"context"
	"fmt"
)

// A load parses its letters knowing the organizations already in the graph
// (LoadOptions.KnownOrganizationsOutside), which tells a name from a title
// in a new letter. The organizations the letters being loaded wrote
// themselves, in an earlier run killed halfway, must not count: a rerun
// would parse differently from a clean load. So the graph is asked for the
// organizations known apart from these letters, by their content hashes.

// KnownOrganizationsOutside lists the organizations known apart from the
// letters with the given content hashes; graph.Store.OrganizationNamesOutside
// is one.
type KnownOrganizationsOutside func(ctx context.Context, shas []string) ([]string, error)

// knownOutside fills the load's known organizations from the graph, apart
// from the letters in files.
func (ld *loading) knownOutside(ctx context.Context, files []string) error {
	if ld.opt.KnownOrganizationsOutside == nil {
		return nil
	}
	names, err := ld.opt.KnownOrganizationsOutside(ctx, letterSHAs(ctx, files, ld.opt))
	if err != nil {
		return fmt.Errorf("load: the graph's organizations: %w", err)
	}
	ld.opt.KnownOrganizations = append(ld.opt.KnownOrganizations, names...)
	return nil
}

// letterSHAs returns the content hashes of the letters in files, as the
// load will give them, without parsing a text: a text letter's hash is its
// normalized text's; JSON and CSV letters are read (their hash is their
// fields'). A file that cannot be read is left out (the load reports it);
// so is a PDF, whose text only pdftotext gives: organizations that only
// PDF letters of this load wrote stay known on a rerun.
func letterSHAs(ctx context.Context, files []string, opt LoadOptions) []string {
	opt = opt.withDefaults()
	var out []string
	for _, path := range files {
		if ctx.Err() != nil {
			return out
		}
		format, ok := formatOf(path)
		if !ok || format == "pdf" || checkFile(path, format, opt.MaxFileBytes) != nil {
			continue
		}
		data, err := readBytes(path, opt.MaxFileBytes)
		if err != nil {
			continue
		}
		switch format {
		case "csv":
			letters, err := ReadCSV(path, bytes.NewReader(data))
			if err != nil {
				continue
			}
			for _, l := range letters {
				SetIdentity(l)
				out = append(out, l.SHA256)
			}
		case "json":
			l, err := ReadJSON(path, bytes.TrimPrefix(data, []byte("\ufeff")))
			if err != nil {
				continue
			}
			SetIdentity(l)
			out = append(out, l.SHA256)
		default:
			if checkText(path, data) != nil {
				continue
			}
			out = append(out, ContentSHA256(lineBreaks.Replace(string(bytes.TrimPrefix(data, []byte("\ufeff"))))))
		}
	}
	return out
}
