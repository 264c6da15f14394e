/**
 * The archetype `vellum init` renders into content/privacy.md: a plain
 * starting point for a small site's privacy policy, with the parts a reader
 * looks for. The bracketed places are for the owner to fill in.
 */

export const PRIVACY_ARCHETYPE = `+++
title = "Privacy Policy"
date = {{ .Date }}
title_caption = "What we collect, why we collect it, and the choices you have."
url = "/privacy"
+++

This policy explains how {{ .Site.Title }} ("we", "us") handles information about the people
who visit this site or use our services. Please read it alongside any terms that apply to
the service you use. If anything here is unclear, contact us using the details at the end.

## Who we are

{{ .Site.Title }} is responsible for the information described in this policy.
[Add your organisation's legal name, postal address and, where required, the contact
details of your data protection officer or representative.]

## Information we collect

- **Information you give us**, such as your name and email address when you write to us,
  sign up for an account or subscribe to updates.
- **Information collected automatically** when you visit: the pages you request, the time
  of the request, your browser's user agent and your IP address, as recorded in standard
  server logs.
- **Information from others**, such as payment providers confirming a purchase, where this
  applies to you.

We do not knowingly collect information from children under 13 (or the minimum age in your
country). If you believe a child has given us personal information, contact us and we will
delete it.

## How we use information

We use information to provide and improve the site and our services, to answer your
messages, to keep the service secure and to meet our legal obligations. Where the law
requires a legal basis, we rely on your consent, on the performance of a contract with you,
on our legitimate interest in running a safe and useful service, or on a legal obligation.

## Cookies and similar technologies

This site works without tracking cookies. [If you add analytics, embedded media or other
tools that set cookies, list them here with their purpose and how to opt out.]

## Sharing

We do not sell personal information. We share it only with service providers who process it
on our behalf (for example, hosting and email), under agreements that protect it; when the
law requires it; or to protect the rights and safety of our users and others.

## How long we keep it

We keep personal information only as long as we need it for the purposes above. Server logs
are deleted after [30] days unless needed to investigate a security incident.

## Your rights

Depending on where you live, you may have the right to access, correct, delete or export the
information we hold about you, to object to or restrict how we use it, and to withdraw consent
at any time. To exercise any of these rights, contact us. You may also complain to your local
data protection authority.

## Security

We protect information with reasonable technical and organisational measures, such as
encrypted connections and limited access. No method of transmission or storage is completely
secure, so we cannot guarantee absolute security.

## Changes to this policy

When we change this policy we will update the date shown on this page and, for significant
changes, tell you by other means where appropriate.

## Contact us

Questions about this policy or your information: [privacy@example.org].
`;
