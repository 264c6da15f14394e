/**
 * Hugo's built-in shortcodes that example sites use most, `highlight` and
 * `figure`, written for vellum from the markup Hugo 0.111.3 prints for them
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
