import { mountReactExample } from '../../examples/react/app.js';
import { exampleSuite } from './example-checks.js';

exampleSuite('examples/react: a React 19 app binding every element', (container) => mountReactExample(container));
