//go:build race

package loader_test

// raceEnabled shrinks the timing-sensitive inputs: the race detector makes
// the parser ten times slower, not less linear.
const raceEnabled = true
