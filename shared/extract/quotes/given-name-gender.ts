/**
 * Given names that mostly belong to women or to men, so that `she said` can pass over
 * the nearer `Robert Hayes` to `Anna Kowalski`. Data, not rules: a name on neither list
 * (or on both, as `Jean` and `Andrea` are across languages) says nothing, and the
 * pronoun then takes the nearest person of either kind.
 */
const FEMALE = [
  'Abigail Ada Agnes Alice Alicia Alison Amanda Amber Amelia Amy Ana Angela Anita Ann Anna Anne Annette Annie Barbara Beatrice Beth Betty Brenda Bridget Carmen Carol Caroline Carolyn Catherine Charlotte Cheryl Chloe Christina Christine Cindy Claire Clara Claudia Colette Cynthia Daisy Danielle Deborah Debra Denise Diana Diane Donna Doris Dorothy Edith Eileen Elaine Eleanor Elena Elizabeth Ella Ellen Eloise Emily Emma Erica Erin Esther Eva Eve Evelyn Fatima Fiona Florence Frances Gabriela Gemma Georgia Gillian Gloria Grace Hannah Harriet Hazel Heather Helen Helena Holly Ingrid Irene Isabel Isabella Isabelle Jacqueline Jade Jane Janet Janice Jasmine Jennifer Jenny Jessica Jill Joan Joanna Joanne Josephine Joyce Judith Judy Julia Julie Karen Karin Kate Katherine Kathleen Kathryn Kathy Katie Kelly Kimberly Laura Lauren Leah Linda Lisa Lois Lorraine Louise Lucy Lydia Madeleine Maggie Mandy Margaret Maria Marie Marilyn Martha Mary Maureen Megan Melanie Melissa Michelle Molly Monica Monika Nadia Nancy Naomi Natalia Natalie Nathalie Nicola Nicole Nina Olga Olivia Pamela Patricia Paula Pauline Penelope Petra Philippa Priya Rachel Rebecca Rita Rosa Rose Rosemary Ruth Sabine Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Silvia Sofia Sophia Sophie Stephanie Susan Susanne Suzanne Svetlana Sylvia Tanya Tatiana Teresa Theresa Tina Tracy Ursula Valerie Vanessa Victoria Violet Virginia Wendy Yulia Yvonne Zoe',
];

const MALE = [
  'Aaron Adam Adrian Ahmed Alan Albert Alexander Alfred Ali Andreas Andrew Andy Angus Anthony Antoine Antonio Arthur Barry Ben Benjamin Bernard Bill Bob Boris Brendan Brian Bruce Callum Calvin Carl Carlos Charles Charlie Chris Christopher Clive Colin Connor Craig Damian Daniel Darren David Dean Declan Dennis Derek Diego Dmitry Dominic Donald Douglas Duncan Edward Eric Ethan Eugene Felix Francis Francisco Frank Fraser Fred Frederick Gareth Gary Gavin Geoffrey George Gerald Gordon Graham Grant Gregory Hamish Hans Harold Harry Hassan Henry Howard Hugh Ian Igor Isaac Ivan Jack Jacob Jake James Jason Javier Jeff Jeffrey Jeremy Jerry Jim Joe Joel John Johnny Jonathan Jorge Jose Joseph Josh Joshua Juan Julian Justin Karl Keith Kenneth Kevin Kieran Klaus Lawrence Leo Leonard Liam Louis Luca Lucas Luke Malcolm Marco Marcus Mark Martin Matthew Michael Miguel Mike Mohammed Muhammad Nathan Neil Nicholas Nick Nigel Noah Oliver Omar Oscar Owen Patrick Paul Pedro Peter Philip Phillip Pierre Rahul Ralph Raymond Richard Rick Robert Roger Ronald Rory Roy Russell Ryan Samuel Scott Sean Sebastian Sergei Sergey Simon Stanley Stefan Stephen Steve Steven Stuart Terry Thomas Tim Timothy Tobias Todd Tom Tony Trevor Victor Vincent Vladimir Walter Wayne William Yusuf Zach',
];

const setOf = (lists: readonly string[]): ReadonlySet<string> =>
  new Set(lists.join(' ').split(' '));

export const FEMALE_NAMES = setOf(FEMALE);
export const MALE_NAMES = setOf(MALE);
