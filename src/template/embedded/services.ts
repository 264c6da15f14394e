/**
 * Hugo's internal third-party service templates: Google Analytics (gtag.js
 * for "G-" IDs, analytics.js otherwise), its async variant, and Disqus. `.`
 * is a page; settings come from `.Site.Config.Services` and
 * `.Site.Config.Privacy`. Written for vellum from the markup Hugo 0.111.3
 * prints, byte for byte (scratch sites built with it; pinned by the golden
 * site test/golden/sites/internal-templates).
 */

/** Sets $ga (the tracking ID) and $privacy; the templates print nothing when disabled or unset. */
const gaSettings = `
{{- $privacy := .Site.Config.Privacy.GoogleAnalytics -}}
{{- $ga := "" }}{{ if not $privacy.Disable }}{{ $ga = .Site.Config.Services.GoogleAnalytics.ID }}{{ end -}}
`.trim();

/** Defines doNotTrack, honouring the browser's setting only when asked to. */
const doNotTrack = `{{ if $privacy.RespectDoNotTrack }}var dnt = (navigator.doNotTrack || window.doNotTrack || navigator.msDoNotTrack);
var doNotTrack = (dnt == "1" || dnt == "yes");{{ else }}var doNotTrack = false;{{ end }}`;

/** analytics.js tracker creation, keeping the client ID in sessionStorage instead of a cookie when asked. */
const gaCreate = `{{ if $privacy.UseSessionStorage }}	if (window.sessionStorage) {
		var GA_SESSION_STORAGE_KEY = 'ga:clientId';
		ga('create', '{{ $ga }}', {
	    'storage': 'none',
	    'clientId': sessionStorage.getItem(GA_SESSION_STORAGE_KEY)
	   });
	   ga(function(tracker) {
	    sessionStorage.setItem(GA_SESSION_STORAGE_KEY, tracker.get('clientId'));
	   });
   }{{ else }}	ga('create', '{{ $ga }}', 'auto');{{ end }}
	{{ if $privacy.AnonymizeIP }}ga('set', 'anonymizeIp', true);{{ end }}
	ga('send', 'pageview');`;

export const googleAnalytics = `${gaSettings}
{{- with $ga }}{{ if strings.HasPrefix . "G-" }}
<script async src="https://www.googletagmanager.com/gtag/js?id={{ . }}"></script>
<script>
${doNotTrack}
if (!doNotTrack) {
	window.dataLayer = window.dataLayer || [];
	function gtag(){dataLayer.push(arguments);}
	gtag('js', new Date());
	gtag('config', '{{ . }}', { 'anonymize_ip': {{- $privacy.AnonymizeIP -}} });
}
</script>
{{ else }}
<script type="application/javascript">
${doNotTrack}
if (!doNotTrack) {
	(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){
	(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),
	m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
	})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
${gaCreate}
}
</script>{{ end }}{{ end }}`;

export const googleAnalyticsAsync = `${gaSettings}
{{- with $ga }}
<script type="application/javascript">
${doNotTrack}
if (!doNotTrack) {
	window.ga=window.ga||function(){(ga.q=ga.q||[]).push(arguments)};ga.l=+new Date;
${gaCreate}
}
</script>
<script async src='https://www.google-analytics.com/analytics.js'></script>
{{ end }}`;

export const disqus = `
{{- $shortname := "" }}{{ if not .Site.Config.Privacy.Disqus.Disable }}{{ $shortname = .Site.Config.Services.Disqus.Shortname }}{{ end -}}
{{- with $shortname }}<div id="disqus_thread"></div>
<script type="application/javascript">
    window.disqus_config = function () {
    {{ with $.Params.disqus_identifier }}this.page.identifier = '{{ . }}';{{ end }}
    {{ with $.Params.disqus_title }}this.page.title = '{{ . }}';{{ end }}
    {{ with $.Params.disqus_url }}this.page.url = '{{ . }}';{{ end }}
    };
    (function() {
        if (["localhost", "127.0.0.1"].indexOf(window.location.hostname) != -1) {
            document.getElementById('disqus_thread').innerHTML = 'Disqus comments not available by default when the website is previewed locally.';
            return;
        }
        var d = document, s = d.createElement('script'); s.async = true;
        s.src = '//' + {{ . }} + '.disqus.com/embed.js';
        s.setAttribute('data-timestamp', +new Date());
        (d.head || d.body).appendChild(s);
    })();
</script>
<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>
<a href="https://disqus.com" class="dsq-brlink">comments powered by <span class="logo-disqus">Disqus</span></a>{{ end }}`;
