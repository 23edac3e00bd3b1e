export { HiddenWarningsSection } from './HiddenWarningsSection';
