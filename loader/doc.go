// Package loader turns letter files into graph letters and hands them to
// the graph.
//
// It owns three steps, each pure until the last:
//
//   - Parsing: Parse, ParseText and ParseWith read a plain-text sign-on
//     letter into a graph.Letter (date, recipients, salutation, body and
//     asks, closing, signatories, cc), recording the source line of every
//     field. The parser decides by evidence (vocabulary for titles and
//     organizations, honorifics, acronyms, layout, organizations already
//     known) rather than by line counts, so that new layouts parse without
//     new rules. AnswerJSON prints a letter in the answer-file shape.
//   - Resolution: names become Organization and Person ids. Two names
//     become one entity only by the analysts' aliases file or a stated
//     rule, recorded with the merge (rules.go); one name stays several
//     people when its contexts conflict (context.go); the pairs that may
//     still be one are ranked by evidence for review (candidates.go).
//   - Hand-off: resolved letters go to the graph store in batches.
//
// Parse errors are *ParseError values naming the file and, where it
// helps, the line.
package loader
