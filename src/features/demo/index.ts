export { DemoTools } from './components/demo-tools';
