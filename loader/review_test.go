package loader_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/loader"
)

// TestLoad_Review: a dry-run load lists the signatories the parser flags,
// with their file and line, and only those.
func TestLoad_Review(t *testing.T) {
	sum, err := loader.Load(context.Background(), nil, []string{"evaldata/dev/103_save-nix-together-nixos-foundation.txt"}, loader.LoadOptions{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("evaldata/dev/103_save-nix-together-nixos-foundation.txt")
	if err != nil {
		t.Fatal(err)
	}
	l, err := loader.ParseText("103", string(b))
	if err != nil {
		t.Fatal(err)
	}
	flagged := 0
	for _, s := range l.Signatories {
		if loader.Flagged(s) {
			flagged++
		}
	}
	if flagged == 0 {
		t.Fatal("the parser flags none of 103's signers: the test needs a letter with flags")
	}
	if len(sum.Review) != flagged {
		t.Fatalf("%d signatories to review; want the %d the parser flags", len(sum.Review), flagged)
	}
	lines := strings.Split(string(b), "\n")
	for _, it := range sum.Review {
		if it.Reason == "" || it.Line < 1 || !strings.Contains(lines[it.Line-1], strings.Split(it.Signatory, ",")[0]) {
			t.Errorf("review item %+v: want a reason and the line that holds the signer", it)
		}
	}
}

// TestLoad_KnownOrganizationsFromAliases: the aliases file's names are
// known organizations to the parser, so a name-like body alone on a line
// is read as an organization.
func TestLoad_KnownOrganizationsFromAliases(t *testing.T) {
	dir := t.TempDir()
	letter := "Dear Senator:\n\nWe urge you to support the bill, which protects workers and families in every state of the union.\n\nSincerely,\n\nEaster Seals\n\nJane Doe, Mozilla Fellow\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(letter), 0o644); err != nil {
		t.Fatal(err)
	}
	aliases := filepath.Join(dir, "aliases.txt")
	if err := os.WriteFile(aliases, []byte("Easter Seals = Easterseals\nMozilla = Mozilla Foundation\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	without, err := loader.Load(context.Background(), nil, []string{filepath.Join(dir, "a.txt")}, loader.LoadOptions{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if without.People != 2 {
		t.Fatalf("without aliases: %d people; want 2 (the test's premise: Easter Seals reads as a name)", without.People)
	}
	with, err := loader.Load(context.Background(), nil, []string{filepath.Join(dir, "a.txt")}, loader.LoadOptions{DryRun: true, Aliases: aliases})
	if err != nil {
		t.Fatal(err)
	}
	if with.People != 1 || with.Signatures != 2 {
		t.Errorf("with aliases: %d people, %d signatures; want Easter Seals read as an organization (1, 2)", with.People, with.Signatures)
	}
}

// TestExplain says, line by line, what the parser read.
func TestExplain(t *testing.T) {
	text := "Dear Senator:\n\nWe urge you to support the bill, which protects workers and families in every state of the union.\n\nSincerely,\n\nJane Doe\nExecutive Director\nRiver Network\n\nTo sign, email signon@example.org.\nContact information:\nRiver Network, 12 Main St, Boise, ID 83702\n"
	_, lines, err := loader.Explain("a.txt", text, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]string{
		1:  "salutation",
		3:  "body",
		5:  "closing",
		7:  `signatory 1: name "Jane Doe"`,
		8:  `signatory 1: title "Executive Director"`,
		9:  `signatory 1: organization "River Network"`,
		11: "not a signer: instruction",
		12: "not a signer: contact block",
		13: "not a signer: contact block",
	}
	for n, w := range want {
		got := lines[n-1].Part + ": " + lines[n-1].Detail
		if !strings.HasPrefix(got, w) {
			t.Errorf("line %d: %q; want it to start %q", n, got, w)
		}
	}
}
