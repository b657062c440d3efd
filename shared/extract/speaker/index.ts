/** The speaker stage: who states each claim (see README.md). */
export { type Attribution, findAttributions } from './attributions'
export { hasFirstPerson } from './firstPerson'
export { canonicalSpeaker } from './names'
export { type SpeakerContext, speakerFor } from './resolve'
export { findRoles } from './roles'
export { sortSegments } from './segments'
export { type Turn, findTurns } from './turns'
