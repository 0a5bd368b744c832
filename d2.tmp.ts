import { tokenize } from "./src/corpus/words.js";
console.log(tokenize("Kyrgyzstan's ousted President Kurmanbek Bakiyev's U.S. protesters' O'Neil Jalal-Abad 1,800-kilometre [his post], Ünal ćevap.").map(t=>`${t.text}|${t.lower}|${t.capital?"C":""}${t.possessive?"P":""}`).join("  "));
