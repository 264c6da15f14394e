// Stands in for esprima in the bundled CLI. js-yaml 3 (inside gray-matter)
// loads esprima only for YAML's !!js/function type, which front matter must
// never execute; js-yaml treats a failed load as "type unavailable". Keeping
// esprima out saves parsing 5,000 lines on every start.
throw new Error('esprima is not bundled: !!js/function is not supported in front matter');
