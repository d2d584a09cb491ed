import type { PreferredLanguage } from '@/api';
import type { PortalState, StoredCaptcha } from '../../store/state';
import { pickDistinct, randomId, randomInt, type RandomSource } from '../../rules/crypto';

/** A CAPTCHA lives 10 minutes and answers once. */
export const captchaLifetimeMs = 10 * 60 * 1000;

// No characters people confuse: 0/O/Q, 1/I/L, 8/B and 6/G are left out.
export const captchaAlphabet = 'ABCDEFGHJKMNPRSTUVWXYZ234579';

type Point = readonly [number, number];
type Glyph = readonly (readonly Point[])[];

// A stroke font on a 4 × 6 grid: the image holds only paths, so the answer is not in the markup as text.
const glyphs: Record<string, Glyph> = {
  A: [[[0, 6], [0, 2], [2, 0], [4, 2], [4, 6]], [[0, 4], [4, 4]]],
  B: [[[0, 0], [0, 6], [3, 6], [4, 5], [4, 4], [3, 3], [0, 3]], [[0, 0], [3, 0], [4, 1], [4, 2], [3, 3]]],
  C: [[[4, 1], [3, 0], [1, 0], [0, 1], [0, 5], [1, 6], [3, 6], [4, 5]]],
  D: [[[0, 0], [0, 6], [2, 6], [4, 4], [4, 2], [2, 0], [0, 0]]],
  E: [[[4, 0], [0, 0], [0, 6], [4, 6]], [[0, 3], [3, 3]]],
  F: [[[4, 0], [0, 0], [0, 6]], [[0, 3], [3, 3]]],
  G: [[[4, 1], [3, 0], [1, 0], [0, 1], [0, 5], [1, 6], [3, 6], [4, 5], [4, 3], [2, 3]]],
  H: [[[0, 0], [0, 6]], [[4, 0], [4, 6]], [[0, 3], [4, 3]]],
  J: [[[1, 0], [4, 0]], [[3, 0], [3, 5], [2, 6], [1, 6], [0, 5]]],
  K: [[[0, 0], [0, 6]], [[4, 0], [0, 4]], [[1, 3], [4, 6]]],
  M: [[[0, 6], [0, 0], [2, 3], [4, 0], [4, 6]]],
  N: [[[0, 6], [0, 0], [4, 6], [4, 0]]],
  P: [[[0, 6], [0, 0], [3, 0], [4, 1], [4, 2], [3, 3], [0, 3]]],
  R: [[[0, 6], [0, 0], [3, 0], [4, 1], [4, 2], [3, 3], [0, 3]], [[2, 3], [4, 6]]],
  S: [[[4, 1], [3, 0], [1, 0], [0, 1], [0, 2], [1, 3], [3, 3], [4, 4], [4, 5], [3, 6], [1, 6], [0, 5]]],
  T: [[[0, 0], [4, 0]], [[2, 0], [2, 6]]],
  U: [[[0, 0], [0, 5], [1, 6], [3, 6], [4, 5], [4, 0]]],
  V: [[[0, 0], [2, 6], [4, 0]]],
  W: [[[0, 0], [1, 6], [2, 3], [3, 6], [4, 0]]],
  X: [[[0, 0], [4, 6]], [[4, 0], [0, 6]]],
  Y: [[[0, 0], [2, 3], [4, 0]], [[2, 3], [2, 6]]],
  Z: [[[0, 0], [4, 0], [0, 6], [4, 6]]],
  '2': [[[0, 1], [1, 0], [3, 0], [4, 1], [4, 2], [0, 6], [4, 6]]],
  '3': [[[0, 0], [4, 0], [2, 2], [3, 2], [4, 3], [4, 5], [3, 6], [1, 6], [0, 5]]],
  '4': [[[3, 6], [3, 0], [0, 4], [4, 4]]],
  '5': [[[4, 0], [0, 0], [0, 3], [3, 3], [4, 4], [4, 5], [3, 6], [0, 6]]],
  '7': [[[0, 0], [4, 0], [1, 6]]],
  '9': [[[4, 3], [1, 3], [0, 2], [0, 1], [1, 0], [3, 0], [4, 1], [4, 5], [3, 6], [1, 6]]],
};

/** A number in [min, max) with 1/1000 steps. */
function between(random: RandomSource, min: number, max: number): number {
  return min + ((max - min) * randomInt(random, 1000)) / 1000;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function randomCaptchaText(random: RandomSource): string {
  const length = 5 + randomInt(random, 2);
  let text = '';
  for (let i = 0; i < length; i += 1) text += captchaAlphabet[randomInt(random, captchaAlphabet.length)];
  return text;
}

const width = 220;
const height = 70;

/** The distorted characters as an SVG: each glyph scaled, rotated, sheared and jittered, over noise curves. */
export function captchaSvg(text: string, random: RandomSource): string {
  const parts: string[] = [];
  const slot = (width - 20) / text.length;
  for (let n = 0; n < 4; n += 1) {
    const y = () => round(between(random, 8, height - 8));
    parts.push(
      `<path d="M0 ${y()} C${round(between(random, 30, 90))} ${y()} ${round(between(random, 120, 190))} ${y()} ${width} ${y()}" fill="none" stroke="#8a94a6" stroke-width="${round(between(random, 1, 2.2))}"/>`,
    );
  }
  [...text].forEach((character, index) => {
    const glyph = glyphs[character];
    if (!glyph) return;
    const scale = between(random, 5, 6);
    const cx = 10 + slot * index + slot / 2 + between(random, -2, 2);
    const cy = height / 2 + between(random, -5, 5);
    const angle = between(random, -16, 16);
    const shear = between(random, -0.25, 0.25);
    const d = glyph
      .map((stroke) =>
        stroke
          .map(([gx, gy], i) => {
            const x = (gx - 2 + between(random, -0.25, 0.25)) * scale;
            const yy = (gy - 3 + between(random, -0.25, 0.25)) * scale;
            return `${i === 0 ? 'M' : 'L'}${round(x + shear * yy)} ${round(yy)}`;
          })
          .join(''),
      )
      .join('');
    const shade = 30 + randomInt(random, 50);
    parts.push(
      `<path d="${d}" transform="translate(${round(cx)} ${round(cy)}) rotate(${round(angle)})" fill="none" stroke="rgb(${shade},${shade + 10},${shade + 40})" stroke-width="${round(between(random, 2.4, 3.4))}" stroke-linecap="round" stroke-linejoin="round"/>`,
    );
  });
  for (let n = 0; n < 18; n += 1) {
    parts.push(
      `<circle cx="${round(between(random, 0, width))}" cy="${round(between(random, 0, height))}" r="${round(between(random, 0.8, 2))}" fill="#6b7280"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#f3f4f6"/>${parts.join('')}</svg>`;
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}

/** The question's languages: every portal language (src/api/schemas/common.ts). */
export type QuestionLanguage = PreferredLanguage;

export interface AlternativeQuestion {
  /** The same question in every language. */
  text: Record<QuestionLanguage, string>;
  /** Its answer, in digits. */
  answer: string;
}

/** What a template words: the numbers, and the picked words already in its language. */
interface Parts {
  a: number;
  b: number;
  big: number;
  fruit: string;
  list: string;
}
type Template = (say: (value: number) => string, parts: Parts) => string;

/**
 * One language's questions. Lists are comma-separated: `numbers` 0–20 as a question writes them,
 * `animals`, `things` and `fruits` (counted plurals) in the same order in every language. `ask`
 * words each kind of question (`kinds`) as that language does: it may inflect a number for its
 * noun or avoid counted nouns altogether (Polish, Arabic), but never changes the answer.
 */
interface Wording {
  numbers: string;
  /** Other spellings an answer may use, by value (feminine forms, old or regional spellings). */
  also?: Readonly<Record<number, string>>;
  animals: string;
  things: string;
  fruits: string;
  join: string;
  ask: readonly [Template, Template, Template, Template, Template, Template, Template, Template];
}

/** The kinds of question and their answers; `count` is how many animals the list names. */
const kinds: readonly ((n: { a: number; b: number; big: number; count: number }) => number)[] = [
  ({ a, b }) => a + b, // a plus b
  ({ a, b }) => a + b, // add b to a
  ({ a }) => a, // take b away from big
  ({ a }) => a, // big fruits, b eaten
  ({ big }) => big + 1, // right after big
  ({ big }) => big - 1, // counting down from big
  ({ count }) => count, // animals in a list
  ({ a, b }) => a + b, // a fruits and b more
];

// Arabic 13–19: either gender of unit and ten, as people write them.
const arabicUnits = [['ثلاثة', 'ثلاث'], ['أربعة', 'أربع'], ['خمسة', 'خمس'], ['ستة', 'ست'], ['سبعة', 'سبع'], ['ثمانية', 'ثماني', 'ثمان'], ['تسعة', 'تسع']];

export const questionWordings: Readonly<Record<QuestionLanguage, Wording>> = {
  en: {
    numbers: 'zero,one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve,thirteen,fourteen,fifteen,sixteen,seventeen,eighteen,nineteen,twenty',
    animals: 'horse,owl,tiger,rabbit,goat,duck,mouse',
    things: 'chair,spoon,lamp,window,bottle,pencil,kettle',
    fruits: 'apples,pears,plums,oranges,lemons',
    join: ', ',
    ask: [
      (n, p) => `What is ${n(p.a)} plus ${n(p.b)}?`,
      (n, p) => `Add ${n(p.b)} to ${n(p.a)}. What do you get?`,
      (n, p) => `Take ${n(p.b)} away from ${n(p.big)}: how many are left?`,
      (n, p) => `A bowl holds ${n(p.big)} ${p.fruit}. Someone eats ${n(p.b)}. How many ${p.fruit} are in the bowl now?`,
      (n, p) => `Which number comes right after ${n(p.big)}?`,
      (n, p) => `Count down from ${n(p.big)} by one. Which number do you say next?`,
      (_, p) => `How many of these are animals: ${p.list}?`,
      (n, p) => `You have ${n(p.a)} ${p.fruit} and get ${n(p.b)} more. How many ${p.fruit} do you have?`,
    ],
  },
  nl: {
    numbers: 'nul,één,twee,drie,vier,vijf,zes,zeven,acht,negen,tien,elf,twaalf,dertien,veertien,vijftien,zestien,zeventien,achttien,negentien,twintig',
    animals: 'paard,uil,tijger,konijn,geit,eend,muis',
    things: 'stoel,lepel,lamp,raam,fles,potlood,ketel',
    fruits: 'appels,peren,pruimen,sinaasappels,citroenen',
    join: ', ',
    ask: [
      (n, p) => `Hoeveel is ${n(p.a)} plus ${n(p.b)}?`,
      (n, p) => `Tel ${n(p.b)} op bij ${n(p.a)}. Wat krijg je?`,
      (n, p) => `Haal ${n(p.b)} weg van ${n(p.big)}: hoeveel blijven er over?`,
      (n, p) => `In de schaal liggen ${n(p.big)} ${p.fruit}. Iemand eet er ${n(p.b)} op. Hoeveel ${p.fruit} liggen er nu in de schaal?`,
      (n, p) => `Welk getal komt direct na ${n(p.big)}?`,
      (n, p) => `Tel af vanaf ${n(p.big)}. Welk getal zeg je daarna?`,
      (_, p) => `Hoeveel hiervan zijn dieren: ${p.list}?`,
      (n, p) => `Je hebt ${n(p.a)} ${p.fruit} en krijgt er ${n(p.b)} bij. Hoeveel ${p.fruit} heb je?`,
    ],
  },
  de: {
    numbers: 'null,eins,zwei,drei,vier,fünf,sechs,sieben,acht,neun,zehn,elf,zwölf,dreizehn,vierzehn,fünfzehn,sechzehn,siebzehn,achtzehn,neunzehn,zwanzig',
    also: { 1: 'ein,eine,einen', 2: 'zwo', 5: 'fuenf', 12: 'zwoelf', 15: 'fuenfzehn' },
    animals: 'Pferd,Eule,Tiger,Kaninchen,Ziege,Ente,Maus',
    things: 'Stuhl,Löffel,Lampe,Fenster,Flasche,Bleistift,Wasserkessel',
    // Feminine all: one of them is "eine".
    fruits: 'Birnen,Pflaumen,Orangen,Zitronen,Kirschen',
    join: ', ',
    ask: [
      (n, p) => `Wie viel ist ${n(p.a)} plus ${n(p.b)}?`,
      (n, p) => `Addieren Sie ${n(p.b)} zu ${n(p.a)}. Was erhalten Sie?`,
      (n, p) => `Ziehen Sie ${n(p.b)} von ${n(p.big)} ab. Wie viel bleibt übrig?`,
      (n, p) => `In der Schale liegen ${n(p.big)} ${p.fruit}. Jemand isst ${p.b === 1 ? 'eine' : n(p.b)} davon. Wie viele ${p.fruit} liegen jetzt noch in der Schale?`,
      (n, p) => `Welche Zahl kommt direkt nach ${n(p.big)}?`,
      (n, p) => `Zählen Sie von ${n(p.big)} aus rückwärts. Welche Zahl nennen Sie als Nächstes?`,
      (_, p) => `Wie viele davon sind Tiere: ${p.list}?`,
      (n, p) => `Sie haben ${n(p.a)} ${p.fruit} und bekommen ${p.b === 1 ? 'eine' : n(p.b)} dazu. Wie viele ${p.fruit} haben Sie jetzt?`,
    ],
  },
  fr: {
    numbers: 'zéro,un,deux,trois,quatre,cinq,six,sept,huit,neuf,dix,onze,douze,treize,quatorze,quinze,seize,dix-sept,dix-huit,dix-neuf,vingt',
    also: { 1: 'une' },
    animals: 'cheval,hibou,tigre,lapin,chèvre,canard,souris',
    things: 'chaise,cuillère,lampe,fenêtre,bouteille,crayon,bouilloire',
    // Feminine all: one of them is "une".
    fruits: 'pommes,poires,prunes,cerises,clémentines',
    join: ', ',
    ask: [
      (n, p) => `Combien font ${n(p.a)} plus ${n(p.b)} ?`,
      (n, p) => `Ajoutez ${n(p.b)} à ${n(p.a)}. Quel est le résultat ?`,
      (n, p) => `Retirez ${n(p.b)} de ${n(p.big)} : combien en reste-t-il ?`,
      (n, p) => `Dans le saladier, il y a ${n(p.big)} ${p.fruit}. On en mange ${p.b === 1 ? 'une' : n(p.b)}. Combien de ${p.fruit} reste-t-il dans le saladier ?`,
      (n, p) => `Quel nombre vient juste après ${n(p.big)} ?`,
      (n, p) => `Comptez à rebours à partir de ${n(p.big)}. Quel nombre dites-vous ensuite ?`,
      (_, p) => `Combien de ces mots désignent des animaux : ${p.list} ?`,
      (n, p) => `Vous avez ${n(p.a)} ${p.fruit} et on vous en donne ${p.b === 1 ? 'une' : n(p.b)} de plus. Combien de ${p.fruit} avez-vous maintenant ?`,
    ],
  },
  es: {
    numbers: 'cero,uno,dos,tres,cuatro,cinco,seis,siete,ocho,nueve,diez,once,doce,trece,catorce,quince,dieciséis,diecisiete,dieciocho,diecinueve,veinte',
    also: { 1: 'una,un' },
    animals: 'caballo,búho,tigre,conejo,cabra,pato,ratón',
    things: 'silla,cuchara,lámpara,ventana,botella,lápiz,tetera',
    // Feminine all: one of them is "una".
    fruits: 'manzanas,peras,ciruelas,naranjas,mandarinas',
    join: ', ',
    ask: [
      (n, p) => `¿Cuánto es ${n(p.a)} más ${n(p.b)}?`,
      (n, p) => `Sume ${n(p.b)} a ${n(p.a)}. ¿Qué resultado obtiene?`,
      (n, p) => `Reste ${n(p.b)} a ${n(p.big)}. ¿Cuánto queda?`,
      (n, p) => `En el frutero hay ${n(p.big)} ${p.fruit}. Alguien se come ${p.b === 1 ? 'una' : n(p.b)}. ¿Cuántas ${p.fruit} quedan en el frutero?`,
      (n, p) => `¿Qué número va justo después del ${n(p.big)}?`,
      (n, p) => `Cuente hacia atrás desde el ${n(p.big)}. ¿Qué número dice a continuación?`,
      (_, p) => `¿Cuántas de estas palabras son animales: ${p.list}?`,
      (n, p) => `Tiene ${n(p.a)} ${p.fruit} y le dan ${p.b === 1 ? 'una' : n(p.b)} más. ¿Cuántas ${p.fruit} tiene ahora?`,
    ],
  },
  it: {
    numbers: 'zero,uno,due,tre,quattro,cinque,sei,sette,otto,nove,dieci,undici,dodici,tredici,quattordici,quindici,sedici,diciassette,diciotto,diciannove,venti',
    also: { 1: 'una,un' },
    animals: 'cavallo,gufo,tigre,coniglio,capra,anatra,topo',
    things: 'sedia,cucchiaio,lampada,finestra,bottiglia,matita,bollitore',
    // Feminine all: one of them is "una".
    fruits: 'mele,pere,prugne,arance,albicocche',
    join: ', ',
    ask: [
      (n, p) => `Quanto fa ${n(p.a)} più ${n(p.b)}?`,
      (n, p) => `Aggiungi ${n(p.b)} a ${n(p.a)}. Che risultato ottieni?`,
      (n, p) => `Togli ${n(p.b)} da ${n(p.big)}: quanto rimane?`,
      (n, p) => `Nella ciotola ci sono ${n(p.big)} ${p.fruit}. Qualcuno ne mangia ${p.b === 1 ? 'una' : n(p.b)}. Quante ${p.fruit} sono rimaste nella ciotola?`,
      (n, p) => `Quale numero viene subito dopo ${n(p.big)}?`,
      (n, p) => `Conta all’indietro partendo da ${n(p.big)}. Quale numero dici dopo?`,
      (_, p) => `Quante di queste parole sono animali: ${p.list}?`,
      (n, p) => `Hai ${n(p.a)} ${p.fruit} e ne ricevi ${p.b === 1 ? 'una' : n(p.b)} in più. Quante ${p.fruit} hai adesso?`,
    ],
  },
  'pt-BR': {
    numbers: 'zero,um,dois,três,quatro,cinco,seis,sete,oito,nove,dez,onze,doze,treze,catorze,quinze,dezesseis,dezessete,dezoito,dezenove,vinte',
    also: { 1: 'uma', 2: 'duas', 14: 'quatorze', 16: 'dezasseis', 17: 'dezassete', 19: 'dezanove' },
    animals: 'cavalo,coruja,tigre,coelho,cabra,pato,rato',
    things: 'cadeira,colher,luminária,janela,garrafa,lápis,chaleira',
    // Feminine all: "uma", "duas".
    fruits: 'maçãs,peras,ameixas,laranjas,bananas',
    join: ', ',
    ask: [
      (n, p) => `Quanto é ${n(p.a)} mais ${n(p.b)}?`,
      (n, p) => `Some ${n(p.b)} a ${n(p.a)}. Qual é o resultado?`,
      (n, p) => `Tire ${n(p.b)} de ${n(p.big)}: quanto sobra?`,
      (n, p) => `Na fruteira há ${n(p.big)} ${p.fruit}. Alguém come ${feminine(n, p.b)}. Quantas ${p.fruit} sobraram na fruteira?`,
      (n, p) => `Qual número vem logo depois do ${n(p.big)}?`,
      (n, p) => `Conte de trás para frente a partir do ${n(p.big)}. Qual número você diz em seguida?`,
      (_, p) => `Quantas destas palavras são animais: ${p.list}?`,
      (n, p) => `Você tem ${feminine(n, p.a)} ${p.fruit} e ganha mais ${feminine(n, p.b)}. Quantas ${p.fruit} você tem agora?`,
    ],
  },
  // Polish numbers govern their noun's case and gender: the questions count no nouns.
  pl: {
    numbers: 'zero,jeden,dwa,trzy,cztery,pięć,sześć,siedem,osiem,dziewięć,dziesięć,jedenaście,dwanaście,trzynaście,czternaście,piętnaście,szesnaście,siedemnaście,osiemnaście,dziewiętnaście,dwadzieścia',
    also: { 1: 'jedna,jedno', 2: 'dwie' },
    animals: 'koń,sowa,tygrys,królik,koza,kaczka,mysz',
    things: 'krzesło,łyżka,lampa,okno,butelka,ołówek,czajnik',
    fruits: '',
    join: ', ',
    ask: [
      (n, p) => `Ile to jest ${n(p.a)} plus ${n(p.b)}?`,
      (n, p) => `Do liczby ${n(p.a)} dodaj ${n(p.b)}. Jaki wynik otrzymasz?`,
      (n, p) => `Od liczby ${n(p.big)} odejmij ${n(p.b)}. Ile zostaje?`,
      (n, p) => `Ile to jest ${n(p.big)} minus ${n(p.b)}?`,
      (n, p) => `Jaka liczba następuje bezpośrednio po liczbie ${n(p.big)}?`,
      (n, p) => `Odliczasz wstecz od liczby ${n(p.big)}. Jaką liczbę powiesz jako następną?`,
      (_, p) => `Ile z tych słów to nazwy zwierząt: ${p.list}?`,
      (n, p) => `Pomyśl o liczbie ${n(p.a)} i dodaj do niej ${n(p.b)}. Jaki wynik otrzymasz?`,
    ],
  },
  sv: {
    numbers: 'noll,ett,två,tre,fyra,fem,sex,sju,åtta,nio,tio,elva,tolv,tretton,fjorton,femton,sexton,sjutton,arton,nitton,tjugo',
    also: { 1: 'en', 18: 'aderton' },
    animals: 'häst,uggla,tiger,kanin,get,anka,mus',
    things: 'stol,sked,lampa,fönster,flaska,penna,vattenkokare',
    // En-words all: one of them is "en".
    fruits: 'apelsiner,citroner,persikor,bananer,klementiner',
    join: ', ',
    ask: [
      (n, p) => `Hur mycket är ${n(p.a)} plus ${n(p.b)}?`,
      (n, p) => `Lägg ihop ${n(p.a)} och ${n(p.b)}. Vad blir summan?`,
      (n, p) => `Dra bort ${n(p.b)} från ${n(p.big)}. Hur mycket blir kvar?`,
      (n, p) => `I skålen ligger ${n(p.big)} ${p.fruit}. Någon äter upp ${p.b === 1 ? 'en' : n(p.b)}. Hur många ${p.fruit} ligger kvar i skålen?`,
      (n, p) => `Vilket tal kommer direkt efter ${n(p.big)}?`,
      (n, p) => `Räkna baklänges från ${n(p.big)}. Vilket tal säger du sedan?`,
      (_, p) => `Hur många av de här orden är djur: ${p.list}?`,
      (n, p) => `Du har ${n(p.a)} ${p.fruit} och får ${p.b === 1 ? 'en' : n(p.b)} till. Hur många ${p.fruit} har du nu?`,
    ],
  },
  // Numerals in kanji are the written-out form; counted fruit take the counter 個.
  ja: {
    numbers: '零,一,二,三,四,五,六,七,八,九,十,十一,十二,十三,十四,十五,十六,十七,十八,十九,二十',
    also: { 0: '〇,ゼロ' },
    animals: '馬,フクロウ,トラ,ウサギ,ヤギ,アヒル,ネズミ',
    things: 'いす,スプーン,ランプ,窓,びん,鉛筆,やかん',
    fruits: 'りんご,なし,みかん,もも,レモン',
    join: '、',
    ask: [
      (n, p) => `${n(p.a)}たす${n(p.b)}はいくつですか？`,
      (n, p) => `${n(p.a)}に${n(p.b)}を足すと、いくつになりますか？`,
      (n, p) => `${n(p.big)}から${n(p.b)}を引くと、いくつ残りますか？`,
      (n, p) => `かごに${p.fruit}が${n(p.big)}個あります。${n(p.b)}個食べると、残りは何個ですか？`,
      (n, p) => `${n(p.big)}のすぐ次の数は何ですか？`,
      (n, p) => `${n(p.big)}から逆に数えます。次に言う数は何ですか？`,
      (_, p) => `${p.list}。この中に動物はいくつありますか？`,
      (n, p) => `${p.fruit}を${n(p.a)}個持っていて、さらに${n(p.b)}個もらいました。${p.fruit}は全部で何個ですか？`,
    ],
  },
  // Hanzi numerals; before a measure word two is 两.
  'zh-Hans': {
    numbers: '零,一,二,三,四,五,六,七,八,九,十,十一,十二,十三,十四,十五,十六,十七,十八,十九,二十',
    also: { 0: '〇', 2: '两' },
    animals: '马,猫头鹰,老虎,兔子,山羊,鸭子,老鼠',
    things: '椅子,勺子,台灯,窗户,瓶子,铅笔,水壶',
    fruits: '苹果,梨,李子,橙子,柠檬',
    join: '、',
    ask: [
      (n, p) => `${n(p.a)}加${n(p.b)}等于多少？`,
      (n, p) => `把${n(p.b)}加到${n(p.a)}上，得到多少？`,
      (n, p) => `${n(p.big)}减去${n(p.b)}，还剩多少？`,
      (n, p) => `盘子里有${measured(n, p.big)}个${p.fruit}，吃掉了${measured(n, p.b)}个，盘子里还剩几个${p.fruit}？`,
      (n, p) => `紧跟在${n(p.big)}后面的数是多少？`,
      (n, p) => `从${n(p.big)}开始倒着数，接下来要说的数是多少？`,
      (_, p) => `下列词语中有几个是动物：${p.list}？`,
      (n, p) => `您有${measured(n, p.a)}个${p.fruit}，又得到了${measured(n, p.b)}个，现在总共有几个${p.fruit}？`,
    ],
  },
  // Arabic numbers agree with their noun in gender, number and case: the questions count no
  // nouns, and each number stands where it is nominative, so its citation form is right.
  ar: {
    numbers: 'صفر,واحد,اثنان,ثلاثة,أربعة,خمسة,ستة,سبعة,ثمانية,تسعة,عشرة,أحد عشر,اثنا عشر,ثلاثة عشر,أربعة عشر,خمسة عشر,ستة عشر,سبعة عشر,ثمانية عشر,تسعة عشر,عشرون',
    also: {
      1: 'واحدة',
      2: 'اثنين,اثنتان,اثنتين',
      ...Object.fromEntries(arabicUnits.map((forms, index) => [index + 3, forms.slice(1).join(',')])),
      10: 'عشر',
      11: 'إحدى عشرة,إحدى عشر,أحد عشرة',
      12: 'اثني عشر,اثنتا عشرة,اثنتي عشرة,اثنا عشرة',
      ...Object.fromEntries(arabicUnits.map((forms, index) => [index + 13, forms.flatMap((unit) => [`${unit} عشر`, `${unit} عشرة`]).join(',')])),
      20: 'عشرين',
    },
    animals: 'حصان,بومة,نمر,أرنب,ماعز,بطة,فأر',
    things: 'كرسي,ملعقة,مصباح,نافذة,زجاجة,قلم رصاص,إبريق',
    fruits: '',
    join: '، ',
    ask: [
      (n, p) => `عددان: ${n(p.a)} و${n(p.b)}. ما مجموعهما؟`,
      (n, p) => `إذا جُمع ${n(p.a)} و${n(p.b)}، فكم يكون الناتج؟`,
      (n, p) => `لدينا العدد ${n(p.big)}. إذا طُرح منه ${n(p.b)}، فكم يبقى؟`,
      (n, p) => `عدد قيمته ${n(p.big)}، نقص منه ${n(p.b)}. كم أصبح؟`,
      (n, p) => `العدد الحالي هو ${n(p.big)}. ما العدد الذي يليه مباشرة؟`,
      (n, p) => `أنت تعدّ تنازليًا، وآخر عدد قلته هو ${n(p.big)}. ما العدد الذي تقوله بعده؟`,
      (_, p) => `كم كلمة في هذه القائمة تدل على حيوان: ${p.list}؟`,
      (n, p) => `العدد الأول هو ${n(p.a)}، والعدد الثاني هو ${n(p.b)}. ما مجموعهما؟`,
    ],
  },
};

/** Portuguese before a feminine noun: "uma", "duas". */
function feminine(say: (value: number) => string, value: number): string {
  return value === 1 ? 'uma' : value === 2 ? 'duas' : say(value);
}

/** Chinese before a measure word: 两 for two. */
function measured(say: (value: number) => string, value: number): string {
  return value === 2 ? '两' : say(value);
}

const questionLanguages = Object.keys(questionWordings) as QuestionLanguage[];
const split = (list: string) => list.split(',');

/**
 * The accessible alternative (ADR 0009): a plain-language question with a small number as its
 * answer, in every portal language. Numbers are written out, the phrasing varies, and some
 * questions count words from lists, so a script can't read the sum off the text with a regex; a
 * person using a screen reader hears an ordinary question and may answer in digits or in words.
 */
export function alternativeQuestion(random: RandomSource): AlternativeQuestion {
  const a = 2 + randomInt(random, 8);
  const b = 1 + randomInt(random, 8);
  const big = a + b;
  const fruit = randomInt(random, 5);
  const kind = randomInt(random, kinds.length);
  const count = 1 + randomInt(random, 3);
  const words = [
    ...pickDistinct(random, [0, 1, 2, 3, 4, 5, 6], count).map((index) => ['animals', index] as const),
    ...pickDistinct(random, [0, 1, 2, 3, 4, 5, 6], 4 - count).map((index) => ['things', index] as const),
  ];
  const shuffled = pickDistinct(random, words, words.length);
  const text = Object.fromEntries(
    questionLanguages.map((language) => {
      const wording = questionWordings[language];
      const numbers = split(wording.numbers);
      const say = (value: number) => numbers[value] ?? String(value);
      const list = shuffled.map(([group, index]) => split(wording[group])[index]).join(wording.join);
      const template = wording.ask[kind] ?? wording.ask[0];
      return [language, template(say, { a, b, big, fruit: split(wording.fruits)[fruit] ?? '', list })];
    }),
  ) as Record<QuestionLanguage, string>;
  return { text, answer: String(kinds[kind]?.({ a, b, big, count }) ?? a + b) };
}

/** How answers compare: compatibility forms and accents folded (full-width, hamza), case ignored. */
export function foldAnswer(answer: string): string {
  return answer.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ة/g, 'ه').replace(/ى/g, 'ي').replace(/ـ/g, '');
}

// Every language's number words, folded, without spaces or hyphens ("dix-sept", "أحد عشر").
const numberWords = new Map<string, number>();
for (const wording of Object.values(questionWordings)) {
  const spellings = split(wording.numbers).map((word, value) => [value, word] as const);
  for (const [value, words] of Object.entries(wording.also ?? {})) spellings.push(...split(words).map((word) => [Number(value), word] as const));
  for (const [value, word] of spellings) {
    const key = foldAnswer(word).replace(/[\s-]/g, '');
    const known = numberWords.get(key);
    if (known !== undefined && known !== value) throw new Error(`A number word with two values: ${word}`);
    numberWords.set(key, value);
  }
}

const digitZeros = [0x660, 0x6f0]; // Arabic-Indic ٠–٩, Eastern Arabic-Indic ۰–۹ (full-width folds to ASCII)

/**
 * Case-insensitive, spaces ignored; digits of any of these scripts, and a spelled-out number in
 * any portal language (with or without the Arabic article), count as its ASCII digits.
 */
export function normalizeCaptchaAnswer(answer: string): string {
  const folded = foldAnswer(answer)
    .replace(/\s+/g, '')
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
      const code = digit.charCodeAt(0);
      return String(code - (digitZeros.find((zero) => code >= zero && code <= zero + 9) ?? code));
    });
  const key = folded.replace(/-/g, '');
  const value = numberWords.get(key) ?? (key.startsWith('ال') ? numberWords.get(key.slice(2)) : undefined);
  return value === undefined ? folded : String(value);
}

export interface NewCaptcha {
  stored: StoredCaptcha;
  image: string;
  alternativeQuestion: Record<QuestionLanguage, string>;
}

export function createCaptcha(random: RandomSource, now: number): NewCaptcha {
  const text = randomCaptchaText(random);
  const question = alternativeQuestion(random);
  return {
    stored: {
      challengeId: randomId(random, 'cap'),
      answer: text,
      alternativeAnswer: question.answer,
      expiresAt: now + captchaLifetimeMs,
      used: false,
    },
    image: svgDataUrl(captchaSvg(text, random)),
    alternativeQuestion: question.text,
  };
}

/**
 * Checks and spends a CAPTCHA: any attempt uses it up, right or wrong, so it can't be guessed twice.
 * Answers whether it was a valid, unexpired, unused challenge answered right (image or question).
 */
export function redeemCaptcha(state: Pick<PortalState, 'captchas'>, challengeId: string, answer: string, now: number): boolean {
  const captcha = state.captchas.get(challengeId);
  if (!captcha || captcha.used || now >= captcha.expiresAt) return false;
  captcha.used = true;
  // The picture's letters as typed (a picture may spell SEVEN); the question's number in any form.
  const letters = foldAnswer(answer).replace(/\s+/g, '');
  const typed = normalizeCaptchaAnswer(answer);
  return letters.length > 0 && (letters === captcha.answer.toLowerCase() || typed === normalizeCaptchaAnswer(captcha.alternativeAnswer));
}

/** Drops challenges expired for a while, so the persisted state stays small. */
export function pruneCaptchas(state: PortalState, now: number): void {
  for (const [id, captcha] of state.captchas) {
    if (now >= captcha.expiresAt + captchaLifetimeMs) state.captchas.delete(id);
  }
}
