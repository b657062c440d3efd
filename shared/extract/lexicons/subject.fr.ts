import type { SubjectLexicon } from './subject.types'

/** French word classes for the subject stage (see subject.types.ts). */
export const SUBJECT_LEXICON_FR: SubjectLexicon = {
  stop: [
    'delà', 'deçà', 'dessus', 'dessous',
    // days name when, never what is counted
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
    'hui', 'maintenant', 'autour', 'presque', 'quasi', 'plutôt', 'ci',
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'à', 'a', 'en', 'dans', 'par', 'pour', 'sur', 'sous',
    'avec', 'sans', 'chez', 'vers', 'entre', 'contre', 'depuis', 'pendant', 'durant', 'avant', 'après', 'selon', 'et', 'ou', 'mais',
    'donc', 'or', 'ni', 'car', 'que', 'qu', 'qui', 'quoi', 'dont', 'où', 'ce', 'cet', 'cette', 'ces', 'se', 's', 'sa', 'son', 'ses',
    'leur', 'leurs', 'il', 'ils', 'elle', 'elles', 'on', 'nous', 'vous', 'je', 'j', 'tu', 'y', 'ne', 'n', 'pas', 'plus', 'moins',
    'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'été', 'ont', 'avait', 'avaient', 'aura', 'auront', 'ai', 'as',
    'avons', 'avez', 'suis', 'sommes', 'êtes', 'fut', 'furent', 'soit', 'soient', 'c', 'ça', 'cela', 'ceci', 'comme', 'si', 'aussi',
    'encore', 'déjà', 'très', 'trop', 'tout', 'tous', 'toute', 'toutes', 'chaque', 'environ', 'près', 'seulement', 'même', 'alors',
    'ainsi', 'lors', 'jusqu', 'dès', 'hors', 'parmi', 'soit', 'contre', 'face', 'grâce', 'afin', 'puis', 'enfin', 'ici', 'là',
    'peut', 'peuvent', 'doit', 'doivent', 'va', 'vont', 'font', 'fait', 'faire', 'être', 'avoir', 'dit', 'selon', 'pourtant',
    'cependant', 'toutefois', 'désormais', 'actuellement', 'aujourd', 'hier', 'demain', 'chacun', 'chacune', 'dont', 'lequel',
    'laquelle', 'lesquels', 'lesquelles', 'auquel', 'auxquels', 'duquel', 'desquels', 'quand', 'lorsque', 'puisque', 'parce',
    'malgré', 'outre', 'via', 'tandis', 'bien', 'mal', 'souvent', 'toujours', 'jamais', 'parfois', 'ensuite', 'notamment', 'par',
    'voire', 'autant', 'beaucoup', 'peu', 'assez', 'vraiment', 'surtout', 'ont', 'contre', 'environ', 'votre', 'vos', 'notre',
    'nos', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'celui', 'celle', 'ceux', 'celles', 'lui', 'eux', 'moi', 'toi', 'soi', 'quelque',
    'quelques', 'plusieurs', 'certains', 'certaines', 'autres', 'autre', 'rien', 'personne', 'partir', 'cours', 'lieu', 'sein',
    // the verbs of fixed connectives: "c'est-à-dire", "à savoir"
    'dire', 'savoir'
  ],
  verbs: [
    'atteint', 'atteindre', 'atteignait', 'représente', 'représentent', 'représentait', 'établit', 'élève', 'élevait', 'chiffre',
    'augmente', 'augmenté', 'baisse', 'baissé', 'recule', 'reculé', 'progresse', 'progressé', 'passe', 'passé', 'passée', 'coûte',
    'coûté', 'dépasse', 'dépassé', 'compte', 'comptait', 'comptent', 'touche', 'concerne', 'totalise', 'enregistre', 'enregistré',
    'affiche', 'affiché', 'grimpé', 'grimpe', 'chuté', 'chute', 'diminué', 'diminue', 'bondi', 'estimé', 'estimée', 'évalué',
    'évaluée', 'reçoit', 'reçu', 'perçoit', 'gagne', 'gagné', 'perd', 'perdu', 'investi', 'investit', 'débloque', 'débloqué',
    'alloué', 'coûtera', 'atteindra', 'représentera', 'devrait', 'pourrait', 'doit', 'errent', 'vivent', 'meurent', 'travaillent',
    'sont', 'est', 'était', 'étaient', 'a', 'ont', 'avait', 'fixé', 'fixée', 'porté', 'portée', 'ramené', 'ramenée', 'réduit',
    'réduite', 'relevé', 'relevée', 'stable', 'stagne', 'culmine', 'plafonne', 'tourne', 'oscille', 'reste', 'demeure', 'frôle',
    'indique', 'explique', 'applique', 'implique', 'communique', 'fabrique', 'indiquent', 'expliquent', 'vise', 'visent',
    'permet', 'permettent', 'prévoit', 'prévoient', 'concernent', 'touchent', 'attendent', 'restent', 'sera', 'seront',
    'fournit', 'fournissent', 'emploient', 'emploie', 'figurent', 'apparaissent', 'arrive', 'arrivent', 'ferme', 'finit', 'faudrait',
    'fallait', 'faut'
  ],
  determiners: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'tous', 'toutes'],
  nounDeterminers: ['un', 'une', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'du', 'des'],
  prenominal: [
    'nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles', 'grand', 'grande', 'grands', 'grandes', 'petit', 'petite', 'petits',
    'petites', 'jeune', 'jeunes', 'vieux', 'vieil', 'vieille', 'vieilles', 'bon', 'bonne', 'bons', 'bonnes', 'mauvais', 'mauvaise',
    'mauvaises', 'premier', 'première', 'premiers', 'premières', 'dernier', 'dernière', 'derniers', 'dernières', 'seul', 'seule',
    'seuls', 'seules', 'principal', 'principale', 'principaux', 'principales', 'gros', 'grosse', 'grosses', 'haut', 'haute',
    'hauts', 'hautes', 'long', 'longue', 'longs', 'longues', 'ancien', 'ancienne', 'anciens', 'anciennes', 'futur', 'futurs',
    'futures', 'véritable', 'véritables', 'vrai', 'vraie', 'vrais', 'vraies', 'faux', 'fausse', 'fausses', 'meilleur',
    'meilleure', 'meilleurs', 'meilleures', 'pire', 'pires', 'simple', 'simples', 'double', 'doubles', 'jeune', 'beau', 'bel',
    'belle', 'beaux', 'belles', 'énorme', 'énormes', 'large', 'larges', 'fort', 'forte', 'forts', 'fortes', 'faible', 'faibles'
  ],
  adjectiveSuffixes: [
    'é', 'ée', 'és', 'ées', 'aux', 'al', 'ale', 'ales', 'ique', 'iques', 'if', 'ifs', 'ive', 'ives', 'aire', 'aires', 'able', 'ables',
    'ible', 'ibles', 'eux', 'euse', 'euses', 'el', 'elle', 'els', 'elles', 'ain', 'aine', 'ains', 'aines', 'iste', 'istes', 'ier',
    'iers', 'ière', 'ières', 'ais', 'aise', 'aises', 'ois', 'oise', 'oises', 'ien', 'ienne', 'iens', 'iennes', 'is', 'ise', 'ises',
    'us', 'ue', 'ues', 'it', 'ite', 'its', 'ites', 'nouveaux', 'nouvelles', 'mobiles', 'mobile', 'jeunes', 'grands', 'grandes',
    'petits', 'petites', 'âgés', 'âgées', 'sociaux', 'publics', 'publiques', 'privés', 'privées', 'sans-abri', 'supplémentaires',
    'russe', 'russes', 'belge', 'belges', 'suisse', 'suisses', 'grecque', 'grecques', 'turc', 'turcs', 'turque', 'turques',
    'éen', 'éens', 'éenne', 'éennes', 'ordinaire', 'ordinaires'
  ],
  complementPrepositions: ['par', 'en', 'dans', 'à', 'au', 'aux', 'avec', 'sur', 'pour', 'entre', 'chez', 'contre'],
  nounComplementPrepositions: ['avec'],
  headLinkPrepositions: ['en', 'à', 'au', 'aux', 'dans', 'chez', 'pour'],
  coordinators: ['et', 'ou'],
  measureNouns: ['points', 'point', 'pts'],
  groupPronouns: ['eux', 'elles', 'ceux', 'celles', 'ces', 'ceux-ci'],
  possessionLinks: ['avec'],
  periodHeads: [
    'an', 'ans', 'année', 'années', 'mois', 'semaine', 'semaines', 'jour', 'jours', 'nuit', 'nuits', 'heure', 'heures',
    'trimestre', 'trimestres', 'semestre', 'période', 'cours', 'fin', 'début', 'moyenne', 'total'
  ],
  clauseBreaks: ['et', 'mais', 'que', 'qui', 'dont', 'où', 'alors', 'tandis'],
  lookBackSkips: [
    'emploie', 'compte', 'prévoit', 'investir', 'gagné', 'produit', 'atteint', 'représente', 'coûte', 'recevront', 'reçoivent', 'prévu',
    'prévue', 'estimée', 'estimé', 'fixé', 'évalué', 'établit', 's', 'se', 'élève', 'chiffre', 'augmentent', 'progressent', 'reculent',
    'baissent', 'accélèrent', 'ralentissent', 'franchi', 'dépassé', 'accueillis', 'accueille', 'soit', 'trimestre', 'année', 'mois',
    'semaine', 'période', 'moyenne',
    // "a clôturé la journée à", "touché en séance": the time a market figure was reached, no head
    'journée', 'séance', 'matinée', 'soirée', 'session'
  ],
  changeHeads: [
    'hausse', 'baisse', 'augmentation', 'diminution', 'progression', 'recul', 'chute', 'repli', 'bond', 'perte', 'gain', 'total', 'montant',
    'somme', 'chiffre', 'niveau', 'record', 'barre', 'seuil', 'moyenne', 'médiane'
  ],
  modals: ['va', 'vont', 'doit', 'peut', 'veut'],
  leadDeterminers: ['le', 'la', 'les', 'l', 'son', 'sa', 'ses', 'leur', 'leurs', 'un', 'une', 'des', 'ce', 'cette', 'ces'],
  forWords: ['pour', 'dans', 'à', 'au', 'aux', 'sur'],
  moneyFor: ['pour', 'sur'],
  forPeriodHeads: ['premier', 'première', 'deuxième', 'troisième', 'quatrième', 'dernier', 'année', 'an', 'mois', 'semaine', 'trimestre', 'semestre', 'cours', 'période', 'total', 'moyenne'],
  extraWords: ['supplémentaires', 'supplémentaire'],
  timeUnits: ['ans', 'an', 'années', 'année', 'mois', 'semaines', 'jours', 'heures'],
  subjectPronouns: ['il', 'elle', 'ils', 'elles'],
  relatives: ['qui'],
  basisNouns: ['pib', 'revenu', 'national'],
  basisPairs: ['population active'],
  nounsInLy: [],
  adjectivesInLy: [],
  ingPrepositions: [],
  objectStarts: [],
  irregularParticiples: [],
  ofDeterminers: ['nos', 'vos', 'leurs', 'ses', 'ces', 'mes', 'tes', 'notre', 'votre', 'leur', 'son', 'sa', 'cette', 'ce'],
  participleLinks: ['sur', 'par', 'en', 'dans', 'depuis', 'pendant', 'entre'],
  verbAfter: [
    'nous', 'vous', 'ils', 'elles', 'il', 'elle', 'on', 'je', 'j', 'ont', 'a', 'avons', 'avez', 'ai', 'avait', 'avaient', 'été',
    'sont', 'est', 'était', 'étaient', 'sera', 'seront', 'serait', 'se', 's', 'me', 'm', 'te'
  ],
  beforeInfinitive: [
    'pour', 'sans', 'afin', 'de', 'd', 'à', 'peut', 'peuvent', 'pourrait', 'pourraient', 'doit', 'doivent', 'devrait', 'devraient',
    'faut', 'fallait', 'faudrait', 'va', 'vont', 'veut', 'veulent', 'pouvait', 'pouvaient', 'devait', 'devaient'
  ],
  participleIntros: ['à', 'de', 'par', 'en'],
  adverbsInMent: [
    'également', 'comment', 'complètement', 'grièvement', 'brièvement', 'fermement', 'inversement', 'faussement', 'crûment',
    'gentiment', 'nullement', 'aucunement', 'tellement', 'autrement', 'sûrement', 'assurément', 'quasiment', 'notamment',
    'forcement', 'carrément', 'précédemment', 'extrêmement', 'énormément', 'immensément', 'profondément', 'précisément',
    'conformément', 'uniformément', 'intensément', 'aisément', 'séparément', 'délibérément', 'modérément', 'obstinément'
  ],
  nounsInEment: ['élément', 'complément', 'supplément', 'agrément', 'tempérament', 'élement'],
  compoundNouns: [
    "chiffre d ' affaires", "chiffres d ' affaires", "pouvoir d ' achat", 'produit intérieur brut', 'produit national brut', 'prise en charge',
    'mise en œuvre', 'mises en chantier', 'reste à charge', 'coût du travail', 'demande intérieure'
  ],
  nounsWithVerbEnding: ['portrait', 'portraits', 'retrait', 'retraits', 'extrait', 'extraits', 'attrait', 'souhait'],
  participleEndings: ['é', 'ée', 'és', 'ées', 'ant', 'is', 'ie', 'ies', 'u', 'us', 'ue', 'ues', 'it', 'ite', 'its', 'ites']
}
