/**
 * Common given names, across the languages the pipeline meets. Data, not rules: a lone
 * word that speaks (`Martha said`) or a run in a language that capitalises its nouns
 * (German) is taken for a person only when it starts with one of these. A short list on
 * purpose: a missed person costs less than a noun phrase filed as one.
 */
const NAMES = [
  // English
  'Aaron Adam Adrian Alan Albert Alex Alexander Alexandra Alice Alicia Alison Allison Amanda Amber Amy Andrea Andrew Angela Ann Anna Anne Anthony Antonio Arthur Ashley Barbara Ben Benjamin Beth Betty Bill Billy Bob Bobby Brad Bradley Brandon Brenda Brian Bruce Bryan Carl Carol Caroline Carolyn Catherine Charles Charlie Charlotte Cheryl Chris Christian Christina Christine Christopher Cindy Claire Craig Cynthia Dan Daniel Danielle Dave David Deborah Debra Dennis Derek Diana Diane Donald Donna Doris Dorothy Doug Douglas Dylan Ed Edward Elizabeth Ellen Emily Emma Eric Erica Erin Ethan Eugene Evan Frank Fred Gary George Gerald Gloria Grace Greg Gregory Hannah Harold Harry Heather Helen Henry Holly Howard Ian Isaac Jack Jacob Jacqueline James Jamie Jane Janet Janice Jason Jay Jean Jeff Jeffrey Jennifer Jenny Jeremy Jerry Jesse Jessica Jim Jimmy Joan Joe Joel John Johnny Jon Jonathan Jordan Joseph Josh Joshua Joyce Judith Judy Julia Julie Justin Karen Kate Katherine Kathleen Kathryn Kathy Keith Kelly Ken Kenneth Kevin Kim Kimberly Kyle Larry Laura Lauren Lawrence Leslie Linda Lisa Logan Lori Louis Lucy Luke Margaret Maria Marie Marilyn Mark Martha Martin Mary Matt Matthew Megan Melissa Michael Michelle Mike Nancy Natalie Nathan Nicholas Nick Nicole Noah Oliver Olivia Pamela Patricia Patrick Paul Peter Philip Phillip Rachel Ralph Randy Raymond Rebecca Richard Rick Rob Robert Roger Ron Ronald Rose Roy Russell Ruth Ryan Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sharon Shirley Sophie Stephanie Stephen Steve Steven Susan Teresa Terry Theresa Thomas Tim Timothy Todd Tom Tony Tyler Victoria Vincent Walter Wayne William Willie Zach Zachary',
  // German, Dutch, Scandinavian
  'Andreas Angelika Anja Annette Bernd Birgit Claudia Dieter Dirk Elke Erik Frank Franz Friedrich Gabriele Gerhard Günter Hans Heike Heinz Helmut Horst Ingrid Jan Jens Jörg Jürgen Karin Karl Katrin Klaus Lars Lukas Manfred Marco Markus Matthias Monika Nils Olaf Petra Ralf Renate Sabine Sebastian Silke Stefan Steffen Susanne Sven Thorsten Torsten Ulrich Ursula Uwe Volker Werner Wolfgang',
  // French, Italian, Spanish, Portuguese
  'Alain Antoine Bernard Camille Christophe Emmanuel François Françoise Isabelle Jacques Julien Laurent Marcel Mathieu Michel Nathalie Nicolas Olivier Philippe Pierre Sylvie Thierry Valérie Yves Alessandro Andrea Carlo Francesco Giovanni Giuseppe Luca Luigi Marco Matteo Paolo Roberto Sergio Silvio Alejandro Ana Carlos Carmen Diego Eduardo Fernando Francisco Javier Jorge José Juan Luis Manuel Miguel Pablo Pedro Rafael Raúl Ricardo Sofía João Paulo Luiz Gabriel',
  // Slavic, Greek, others often in the news
  'Alexei Alexey Anatoly Andrei Boris Dmitry Igor Ivan Mikhail Natalia Nikolai Oleg Olga Pavel Sergei Sergey Svetlana Tatiana Viktor Vladimir Volodymyr Yulia Andrzej Jacek Piotr Tomasz Dimitris Nikos Ahmed Ali Hassan Hussein Ibrahim Mohammed Mohammad Muhammad Omar Yusuf Fatima Amit Raj Rahul Priya Wei Li Hiroshi Kenji Takeshi Yuki',
];

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.join(' ').split(' '));

/** `Jean-Paul`, `Anna-Lena`: a hyphenated first name is known by its first part. */
export const isFirstName = (word: string): boolean => {
  const dash = word.indexOf('-');
  return FIRST_NAMES.has(word) || (dash > 0 && FIRST_NAMES.has(word.slice(0, dash)));
};
