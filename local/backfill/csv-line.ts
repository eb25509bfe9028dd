/**
 * One line of an S3 Inventory CSV report: every field quoted, a quote inside a field
 * doubled. Unquoted fields are read up to the next comma. (Keys are URL-encoded in these
 * reports, so no field spans lines.)
 */
export const parseCsvLine = (line: string): string[] => {
  const fields: string[] = [];
  let index = 0;
  while (index <= line.length) {
    if (line[index] === '"') {
      let value = '';
      index++;
      while (index < line.length) {
        const char = line[index];
        if (char === '"' && line[index + 1] === '"') {
          value += '"';
          index += 2;
        } else if (char === '"') {
          index++;
          break;
        } else {
          value += char;
          index++;
        }
      }
      fields.push(value);
      index = line.indexOf(',', index);
    } else {
      const comma = line.indexOf(',', index);
      fields.push(line.slice(index, comma < 0 ? line.length : comma));
      index = comma;
    }
    if (index < 0) break;
    index++;
  }
  return fields;
};
