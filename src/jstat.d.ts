// jStat ships no types. Only what this project uses is declared; each use is checked against scipy in the tests.
// It is CommonJS: import the default export (module.exports is jStat itself).
declare module 'jstat' {
	const jStat: {
		normal: { inv(p: number, mean: number, sd: number): number };
	};
	export default jStat;
}
