import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  namesDomain,
  namesSite,
  outletKey,
  sameOutlet,
  tidyCaps,
} from "../../src/corpus/outlet-names.js";

describe("outlet names", () => {
  it("takes one key for the spellings of one outlet", () => {
    expect(["usatoday.com", "USA Today", "USA TODAY", "www.usatoday.com"].map(outletKey)).toEqual([
      "usatoday",
      "usatoday",
      "usatoday",
      "usatoday",
    ]);
    expect(sameOutlet("The Guardian", "guardian")).toBe(true);
    expect(sameOutlet("theguardian.com", "The Guardian")).toBe(true);
    expect(sameOutlet("Reuters", "The Guardian")).toBe(false);
  });

  it("matches a site's address with its name, shortened to initials or not", () => {
    expect(namesSite("The New York Times", "www.nytimes.com")).toBe(true);
    expect(namesSite("Wall Street Journal", "www.wsj.com")).toBe(true);
    expect(namesSite("BBC News", "www.bbc.co.uk")).toBe(true);
    expect(namesSite("The Verge", "www.theverge.com")).toBe(true);
    expect(namesSite("Ars Technica", "arstechnica.com")).toBe(true);
    expect(namesSite("Gannett", "eu.usatoday.com")).toBe(false);
    expect(namesSite("Reuters", "venturebeat.com")).toBe(false);
    expect(namesSite("Mirror", "m.example.com")).toBe(false);
  });

  it("lets an address leave out at most two last words of a name", () => {
    expect(namesSite("BBC News Online", "www.bbc.co.uk")).toBe(true);
    expect(namesSite("comwrap auf der DMEXCO 2018", "blog.comwrap.com")).toBe(false);
    expect(namesSite("comwrap", "blog.comwrap.com")).toBe(true);
  });

  it("tells a name the site's domain spells from one only a sub-domain spells", () => {
    expect(namesSite("Hosted", "hosted.ap.org")).toBe(true);
    expect(namesDomain("Hosted", "hosted.ap.org")).toBe(false);
    expect(namesDomain("AP", "hosted.ap.org")).toBe(true);
    expect(namesDomain("BBC News", "www.bbc.co.uk")).toBe(true);
  });

  it("sets long all-capital words in title case and keeps acronyms", () => {
    expect(tidyCaps("USA TODAY")).toBe("USA Today");
    expect(tidyCaps("WIRED")).toBe("Wired");
    expect(tidyCaps("CNBC")).toBe("CNBC");
    expect(tidyCaps("The Guardian")).toBe("The Guardian");
  });

  it("never throws and is symmetric on any names", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(sameOutlet(a, b)).toBe(sameOutlet(b, a));
        expect(typeof namesSite(a, b)).toBe("boolean");
      }),
    );
  });
});
