/**
 * Object bodies for the keys the sample events in `events/` name, written for this
 * project. Replay tests upload them before pushing an event through the handler.
 */
export const PLAIN_KEY = 'news/2025-11-05-harbour-ferry.txt';
export const SPECIAL_KEY = 'Reports/Über uns + Café Crème.txt';
export const BATCH_MARKDOWN_KEY = 'news/2025-11-06-library-reopens.md';
export const BATCH_HTML_KEY = 'features/night-market.html';
export const BATCH_REMOVED_KEY = 'archive/old-notice.txt';

const HARBOUR_FERRY = `date 2025-11-05 The harbour ferry between the old town and the island resumed its winter timetable on Wednesday, after two weeks in dry dock for new engines.

The operator said the crossing now takes eleven minutes instead of fifteen, and that the first boat leaves at six in the morning.

New engines

The two diesel engines were replaced by a hybrid pair that runs on batteries inside the harbour walls.

Residents had asked for quieter boats for years, the harbour master said.

Timetable

Boats leave every twenty minutes until eight in the evening and every forty minutes after that.
`;

const CAFE_CREME = `Title: Über uns
By Jana Novak
Date: 2025-10-30

Café Crème opened in the market hall in 1987 and has served the same breakfast ever since.

The owners say they will keep the menu, but add a second espresso machine before the winter season.
`;

const LIBRARY_REOPENS = `---
title: The city library reopens its reading room
date: 2025-11-06
author: Tomás Ferreira
---

The reading room on the third floor reopened on Thursday after a year of repairs to its glass roof.

## What changed

The desks now have lamps and power sockets, and the room stays open until ten at night.
`;

const NIGHT_MARKET = `<!doctype html>
<html lang="en">
<head>
<title>The night market moves to the river bank</title>
<meta name="description" content="Forty stalls, one new place.">
<meta property="article:published_time" content="2025-11-07T18:00:00Z">
</head>
<body>
<article>
<h1>The night market moves to the river bank</h1>
<p>The Friday night market will move from the car park to the river bank next month.</p>
<p>Its forty stalls will stand under the plane trees, and the bridge will close to cars on market nights.</p>
</article>
</body>
</html>
`;

/** Key -> body of every object the sample events create. */
export const FIXTURE_OBJECTS: Readonly<Record<string, string>> = {
  [PLAIN_KEY]: HARBOUR_FERRY,
  [SPECIAL_KEY]: CAFE_CREME,
  [BATCH_MARKDOWN_KEY]: LIBRARY_REOPENS,
  [BATCH_HTML_KEY]: NIGHT_MARKET,
};
