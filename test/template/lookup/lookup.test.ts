import { describe, expect, it } from 'vitest';
import { baseofCandidates, layoutCandidates, needsBaseTemplate } from '../../../src/template/lookup/index.js';

// The orders follow Hugo's documented lookup; the contested points (type
// folder before the layouts root for home, posts/single.html before
// _default/landing.html, section/section.html before _default/section.html,
// which folders may hold a baseof) were checked by building sites with Hugo
// 0.111.3 that had layouts at competing candidates.
describe('layoutCandidates', () => {
  it('lists a regular page in a section: type folder, then _default, layout before single', () => {
    expect(layoutCandidates({ kind: 'page', type: 'posts', section: 'posts', layout: 'landing' })).toEqual([
      'posts/landing.html.html',
      'posts/single.html.html',
      'posts/landing.html',
      'posts/single.html',
      '_default/landing.html.html',
      '_default/single.html.html',
      '_default/landing.html',
      '_default/single.html',
    ]);
  });

  it('lists a root page under the "page" type', () => {
    expect(layoutCandidates({ kind: 'page', type: 'page', section: '', layout: '' })).toEqual([
      'page/single.html.html',
      'page/single.html',
      '_default/single.html.html',
      '_default/single.html',
    ]);
  });

  it('lists the home page: the page type folder first, then the layouts root, then _default', () => {
    expect(layoutCandidates({ kind: 'home', type: 'page', section: '', layout: '' })).toEqual([
      'page/index.html.html',
      'page/home.html.html',
      'page/list.html.html',
      'page/index.html',
      'page/home.html',
      'page/list.html',
      'index.html.html',
      'home.html.html',
      'list.html.html',
      'index.html',
      'home.html',
      'list.html',
      '_default/index.html.html',
      '_default/home.html.html',
      '_default/list.html.html',
      '_default/index.html',
      '_default/home.html',
      '_default/list.html',
    ]);
  });

  it('lists a section page: its own folder, then section/, then _default', () => {
    expect(layoutCandidates({ kind: 'section', type: 'docs', section: 'docs', layout: '' })).toEqual([
      'docs/docs.html.html',
      'docs/section.html.html',
      'docs/list.html.html',
      'docs/docs.html',
      'docs/section.html',
      'docs/list.html',
      'section/docs.html.html',
      'section/section.html.html',
      'section/list.html.html',
      'section/docs.html',
      'section/section.html',
      'section/list.html',
      '_default/docs.html.html',
      '_default/section.html.html',
      '_default/list.html.html',
      '_default/docs.html',
      '_default/section.html',
      '_default/list.html',
    ]);
  });

  it('lists the 404 page', () => {
    expect(layoutCandidates({ kind: '404', type: '', section: '', layout: '' })).toEqual([
      '404.html.html',
      '404.html',
      '_default/404.html.html',
      '_default/404.html',
    ]);
  });
});

describe('baseofCandidates', () => {
  it('tries the type folder before _default for a _default layout', () => {
    expect(baseofCandidates('_default/single.html', { kind: 'page', type: 'posts', section: 'posts', layout: '' })).toEqual([
      'posts/single-baseof.html',
      'posts/baseof.html',
      '_default/single-baseof.html',
      '_default/baseof.html',
    ]);
  });

  it('lets a root layout use the root base before _default', () => {
    expect(baseofCandidates('index.html', { kind: 'home', type: 'page', section: '', layout: '' })).toEqual([
      'page/index-baseof.html',
      'page/baseof.html',
      'index-baseof.html',
      'baseof.html',
      '_default/index-baseof.html',
      '_default/baseof.html',
    ]);
  });
});

describe('needsBaseTemplate', () => {
  it.each([
    ['{{ define "main" }}x{{ end }}', true],
    ['\n  {{- define "main" -}}x{{ end }}', true],
    ['{{/* a comment */}}\n{{ define "main" }}{{ end }}', true],
    ['<html>{{ define "main" }}{{ end }}', false],
    ['{{ .Title }}', false],
    ['{{ defined }}', false],
  ])('%j → %s', (text, expected) => {
    expect(needsBaseTemplate(text)).toBe(expected);
  });
});
