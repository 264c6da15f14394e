/**
 * Hugo's built-in shortcodes that example sites use most (highlight, figure,
 * youtube, vimeo, gist), written for vellum from the markup Hugo 0.111.3 prints for them
 * (scratch site; pinned by test/golden/sites/builtin-shortcodes). A site's
 * own layouts/shortcodes/<name>.html wins, as in Hugo.
 */

/** `{{< highlight LANG ["OPTIONS"] >}}code{{< /highlight >}}`: the code, trimmed of newlines, through transform.Highlight. */
export const highlight = `{{- $options := "" }}{{ with .Get 1 }}{{ $options = . }}{{ end -}}
{{ transform.Highlight (strings.Trim .Inner "\\n\\r") (.Get 0) $options }}`;

/** `{{< figure src=… [link title caption alt attr attrlink class width height target rel] >}}`. */
export const figure = `{{- $link := .Get "link" }}{{ $title := .Get "title" }}{{ $caption := .Get "caption" }}{{ $attr := .Get "attr" -}}
<figure{{ with .Get "class" }} class="{{ . }}"{{ end }}>
{{- with $link }}<a href="{{ . }}"{{ with $.Get "target" }} target="{{ . }}"{{ end }}{{ with $.Get "rel" }} rel="{{ . }}"{{ end }}>{{ end -}}
<img src="{{ .Get "src" }}"
{{- with .Get "alt" }}
         alt="{{ . }}"{{ end }}
{{- with .Get "width" }} width="{{ . }}"{{ end }}
{{- with .Get "height" }} height="{{ . }}"{{ end }}/>
{{- if $link }}</a>{{ end }}
{{- if or $title $caption $attr }}<figcaption>
            {{ with $title }}<h4>{{ . }}</h4>{{ end }}
            {{- if or $caption $attr }}<p>
                {{- with $caption }}{{ . | markdownify }}{{ end }}
                {{- with $.Get "attrlink" }}
                    <a href="{{ . }}">{{ end }}
                {{- with $attr }}{{ . | markdownify }}{{ end }}
                {{- if $.Get "attrlink" }}</a>{{ end }}</p>{{ end }}
        </figcaption>{{ end }}
</figure>
`;

const videoBox = 'position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;';
const videoFrame = 'position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;';

/**
 * `{{< youtube ID >}}` or `{{< youtube id=… autoplay="true" title=… >}}`: a responsive iframe, from
 * youtube-nocookie.com under `[privacy.youtube] privacyEnhanced`, nothing under `disable`.
 */
export const youtube = `{{- $privacy := .Page.Site.Config.Privacy.YouTube }}{{ if not $privacy.Disable -}}
{{- $id := .Get "id" | default (.Get 0) -}}
{{- $host := cond $privacy.PrivacyEnhanced "www.youtube-nocookie.com" "www.youtube.com" -}}
{{- $query := cond (eq (.Get "autoplay") "true") "?autoplay=1" "" }}
<div style="${videoBox}">
  <iframe src="https://{{ $host }}/embed/{{ $id }}{{ $query | safeURL }}" style="${videoFrame}" allowfullscreen title="{{ .Get "title" | default "YouTube Video" }}"></iframe>
</div>
{{ end }}`;

/** `{{< vimeo ID >}}` or `{{< vimeo id=… title=… >}}`. */
export const vimeo = `{{- $id := .Get "id" | default (.Get 0) }}
<div style="${videoBox}">
  <iframe src="https://player.vimeo.com/video/{{ $id }}" style="${videoFrame}" title="{{ .Get "title" | default "vimeo video" }}" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe>
</div>
`;

/** `{{< gist USER ID ["FILE"] >}}`: GitHub's embed script (fetched by the browser, not the build). */
export const gist = `<script type="application/javascript" src="https://gist.github.com/{{ .Get 0 }}/{{ .Get 1 }}.js{{ with .Get 2 }}?file={{ . }}{{ end }}"></script>
`;
