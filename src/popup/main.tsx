import { render } from 'preact';
import { App } from './App';
import { extensionConnector } from './extension-connector';
import './popup.css';

render(<App connector={extensionConnector} />, document.getElementById('app')!);
