/**
 * Splits delimited text into rows of fields: RFC 4180 quoting (a quoted
 * field may hold the delimiter, line breaks and doubled quotes) for CSV;
 * tab-separated exports (GDELT's) carry no quoting, so `quoted: false`
 * splits on every tab. Each row keeps the line it starts on, counted from 1.
 */
export function splitRows(text: string, delimiter: string, quoted = true): Array<{ line: number; fields: string[] }> {
  const rows: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let inQuotes = false;
  let atStart = true;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
    atStart = true;
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else inQuotes = false;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
      continue;
    }
    if (quoted && c === '"' && field === '') {
      inQuotes = true;
      atStart = false;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      atStart = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      field += c;
      atStart = false;
    }
  }
  if (field !== '' || fields.length > 0 || !atStart) endRow();
  return rows;
}
